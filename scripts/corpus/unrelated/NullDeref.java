// An application bug with no TLS in it: what a Java NPE looks like when it is pasted by mistake.
public class NullDeref {
	static String hostOf(java.util.Map<String, String> config) {
		return config.get("host").trim();
	}

	public static void main(String[] args) {
		System.out.println(hostOf(new java.util.HashMap<>()));
	}
}

// Opens one TLS connection with the JDK's own stack (JSSE), checking the host name the way the
// MongoDB Java driver does, and lets the exception escape main as an application prints it.
//   java JsseClient.java HOST PORT
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

public class JsseClient {
	public static void main(String[] args) throws Exception {
		SSLSocket socket = (SSLSocket) SSLSocketFactory.getDefault().createSocket(args[0], Integer.parseInt(args[1]));
		SSLParameters params = socket.getSSLParameters();
		params.setEndpointIdentificationAlgorithm("HTTPS");
		socket.setSSLParameters(params);
		socket.startHandshake();
		socket.getOutputStream().write(0);
		socket.close();
		System.out.println("handshake completed");
	}
}

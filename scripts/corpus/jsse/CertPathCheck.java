// Validates a certificate chain with the JDK's PKIX validator, as JSSE's trust manager does,
// and lets the exception escape main.
//   java CertPathCheck.java ANCHOR.pem CHAIN.pem [CRL.pem]   (a CRL turns revocation checking on)
import java.io.FileInputStream;
import java.security.cert.CertPathValidator;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

public class CertPathCheck {
	public static void main(String[] args) throws Exception {
		CertificateFactory cf = CertificateFactory.getInstance("X.509");
		X509Certificate anchor = (X509Certificate) cf.generateCertificate(new FileInputStream(args[0]));
		List<X509Certificate> chain = new ArrayList<>();
		for (var c : cf.generateCertificates(new FileInputStream(args[1]))) chain.add((X509Certificate) c);
		PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(anchor, null)));
		params.setRevocationEnabled(args.length > 2);
		if (args.length > 2 && !args[2].isEmpty()) {
			var crls = cf.generateCRLs(new FileInputStream(args[2]));
			params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(crls)));
		}
		CertPathValidator.getInstance("PKIX").validate(cf.generateCertPath(chain), params);
		System.out.println("path validated");
	}
}

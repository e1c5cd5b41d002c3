// Connects with the MongoDB Java driver (Debian's libmongodb-java) and lets the exception escape
// main, as an application's crash prints it.   java -cp mongo-java-driver.jar JavaClient.java URI
import com.mongodb.MongoClient;
import com.mongodb.MongoClientURI;
import org.bson.Document;

public class JavaClient {
	public static void main(String[] args) {
		MongoClient client = new MongoClient(new MongoClientURI(args[0]));
		client.getDatabase("admin").runCommand(new Document("ping", 1));
		client.close();
	}
}

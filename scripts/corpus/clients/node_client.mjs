// Connects with the Node.js driver and leaves the rejection unhandled, so Node prints it the way
// an application's crash does.   node node_client.mjs URI [JSON_OPTIONS]
import { MongoClient } from 'mongodb';

const [uri, json] = process.argv.slice(2);
const client = new MongoClient(uri, { serverSelectionTimeoutMS: 3000, connectTimeoutMS: 1500, ...JSON.parse(json ?? '{}') });
await client.db('admin').command({ ping: 1 });
await client.close();

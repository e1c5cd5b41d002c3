// Connects with the MongoDB Go driver (Debian's golang-mongodb-mongo-driver-dev) and prints the
// error with log.Fatal, as most Go programs do.   go_client URI
package main

import (
	"context"
	"log"
	"os"
	"time"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	opts := options.Client().ApplyURI(os.Args[1]).SetServerSelectionTimeout(1500 * time.Millisecond).SetConnectTimeout(1500 * time.Millisecond)
	client, err := mongo.Connect(ctx, opts)
	if err != nil {
		log.Fatal(err)
	}
	if err := client.Ping(ctx, nil); err != nil {
		log.Fatal(err)
	}
}

/* Connects with libmongoc, the C driver under PHP's and C++'s drivers, and prints the error the
 * way PHP surfaces it (the message only).   c_client URI */
#include <mongoc/mongoc.h>
#include <stdio.h>

int main(int argc, char **argv) {
	bson_error_t error;
	mongoc_init();
	mongoc_uri_t *uri = mongoc_uri_new_with_error(argv[1], &error);
	if (!uri) {
		fprintf(stderr, "%s\n", error.message);
		return 1;
	}
	mongoc_client_t *client = mongoc_client_new_from_uri(uri);
	bson_t cmd = BSON_INITIALIZER;
	BSON_APPEND_INT32(&cmd, "ping", 1);
	if (!mongoc_client_command_simple(client, "admin", &cmd, NULL, NULL, &error)) {
		fprintf(stderr, "%s\n", error.message);
		return 1;
	}
	return 0;
}

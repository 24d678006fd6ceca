/*
 * floor: the memory floor of the libraries the worker links, for bench.py.
 * Linked with exactly the worker's libraries (not its code), it does what
 * the least idle supervisor must do with them: an event base, libcurl's
 * global init and one GET of URL through a multi handle, json-c parsing
 * the answer, and a libconfig and a wslay context. Then it prints
 * "VmRSS VmHWM RssAnon" in KiB. Usage: floor URL
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>
#include <event2/event.h>
#include <json-c/json.h>
#include <libconfig.h>
#include <wslay/wslay.h>

static size_t
sink(char *p, size_t sz, size_t n, void *arg)
{
	struct json_tokener *tok = arg;

	json_object_put(json_tokener_parse_ex(tok, p, (int)(sz * n)));
	return sz * n;
}

static long
status_kib(const char *key)
{
	char line[256];
	size_t len = strlen(key);
	long v = -1;
	FILE *f = fopen("/proc/self/status", "r");

	if (f == NULL)
		return -1;
	while (fgets(line, sizeof(line), f) != NULL)
		if (strncmp(line, key, len) == 0 && line[len] == ':')
			v = strtol(line + len + 1, NULL, 10);
	fclose(f);
	return v;
}

int
main(int argc, char *argv[])
{
	struct event_base *base;
	struct json_tokener *tok;
	struct wslay_event_callbacks cb;
	wslay_event_context_ptr ws;
	config_t cfg;
	CURLM *multi;
	CURL *easy;
	CURLMsg *msg;
	int running = 1, left;

	if (argc != 2) {
		fprintf(stderr, "usage: floor URL\n");
		return 2;
	}
	if ((base = event_base_new()) == NULL ||
	    curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK ||
	    (multi = curl_multi_init()) == NULL ||
	    (easy = curl_easy_init()) == NULL ||
	    (tok = json_tokener_new()) == NULL) {
		fprintf(stderr, "floor: initialisation failed\n");
		return 1;
	}
	config_init(&cfg);
	memset(&cb, 0, sizeof(cb));
	if (wslay_event_context_client_init(&ws, &cb, NULL) != 0)
		return 1;
	curl_easy_setopt(easy, CURLOPT_URL, argv[1]);
	curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, sink);
	curl_easy_setopt(easy, CURLOPT_WRITEDATA, tok);
	curl_multi_add_handle(multi, easy);
	while (running) {
		if (curl_multi_perform(multi, &running) != CURLM_OK)
			return 1;
		if (running)
			curl_multi_poll(multi, NULL, 0, 1000, NULL);
	}
	while ((msg = curl_multi_info_read(multi, &left)) != NULL)
		if (msg->msg == CURLMSG_DONE && msg->data.result != CURLE_OK) {
			fprintf(stderr, "floor: GET %s: %s\n", argv[1],
			    curl_easy_strerror(msg->data.result));
			return 1;
		}
	printf("%ld %ld %ld\n", status_kib("VmRSS"), status_kib("VmHWM"),
	    status_kib("RssAnon"));
	return 0;
}

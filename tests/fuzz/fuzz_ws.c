/*
 * fuzz_ws: arbitrary bytes as the server's stream after a successful
 * websocket handshake, through exactly the receive path of ws.c (in-memory
 * ws: wslay framing, reassembly, control frames, UTF-8, limits, close
 * handling, the diagnostics). The first byte picks how the stream is cut
 * into pieces, so chunk boundaries are fuzzed too.
 */
#include "common/log.h"
#include "protocol/ws.h"

#include <stdint.h>
#include <stdlib.h>

#include <event2/buffer.h>
#include <event2/event.h>

static struct event_base *base;

static void
on_text(struct ws *ws, const char *msg, size_t len, void *arg)
{
	if (msg[len] != '\0')
		abort();
	if (len > 0 && msg[0] == 'r')	/* answer some: the send path */
		ws_send_text(ws, msg, len);
	if (len > 0 && msg[0] == 'q')	/* close from inside a callback */
		ws_close(ws, 1000, "bye");
}

static void
on_close(struct ws *ws, int code, const char *reason, void *arg)
{
	(*(int *)arg)++;
	if (reason == NULL)
		abort();
}

static const struct ws_cbs cbs = { NULL, on_text, on_close, NULL };

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	log_init(LOG_LVL_ERROR, 0);
	base = event_base_new();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ws_opts o = { "ws://fuzz/", NULL, NULL, 4096, -1, 0 };
	struct evbuffer *sent = evbuffer_new();
	struct ws *ws;
	size_t step, i, n;
	int closes = 0, alive = 1;

	if (size == 0) {
		evbuffer_free(sent);
		return 0;
	}
	step = (size_t)(data[0] % 32) + 1;
	data++;
	size--;
	ws = ws_mem_new(base, &o, &cbs, &closes);
	for (i = 0; i < size && alive; i += n) {
		n = size - i < step ? size - i : step;
		if (ws_mem_feed(ws, data + i, n, sent) == -1)
			alive = 0;
	}
	if (alive)
		ws_close(ws, 1000, NULL);
	if (closes > 1)
		abort();	/* on_close at most once */
	evbuffer_free(sent);
	return 0;
}

/* t_metrics: the counters and their Prometheus text (metrics.h): result
 * labels (the "other" slot when there are too many), per-cloud sums,
 * label escaping, HELP/TYPE before every family, counters named _total;
 * and the certificate request, the answer checks and the renewal time of
 * webcert.h. */
#include "common/buf.h"
#include "common/log.h"
#include "supervisor/core.h"
#include "supervisor/metrics.h"
#include "supervisor/webcert.h"
#include "t.h"

#include <stdlib.h>
#include <string.h>

#include <openssl/pem.h>
#include <openssl/x509v3.h>

/* every line a comment (# HELP, # TYPE) or "name[{labels}] value"; a
 * family's HELP and TYPE come before its samples; counters end in _total */
static void
well_formed(const char *text)
{
	char *copy = xstrdup(text), *line, *save = NULL, typed[128] = "";

	for (line = strtok_r(copy, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		char name[128], type[16];

		if (strncmp(line, "# HELP ", 7) == 0)
			continue;
		if (sscanf(line, "# TYPE %127s %15s", name, type) == 2) {
			snprintf(typed, sizeof(typed), "%s", name);
			if (strcmp(type, "counter") == 0)
				CHECK(strlen(name) > 6 && strcmp(name +
				    strlen(name) - 6, "_total") == 0);
			continue;
		}
		CHECK(typed[0] != '\0' && strncmp(line, typed,
		    strlen(typed)) == 0);
		CHECK(strrchr(line, ' ') != NULL &&
		    strspn(strrchr(line, ' ') + 1, "0123456789.e+-") ==
		    strlen(strrchr(line, ' ') + 1));
	}
	free(copy);
}

#define HAS(text)	CHECK(strstr(b.data, text) != NULL)

static void
counters(void)
{
	struct buf b = BUF_INIT;
	char name[16];
	int i;

	metrics_reset();
	metrics_collect_run("t1", 0, 1.5);
	metrics_collect_run("t2", 1, 2.0);
	metrics_collect_run("t3", 2, 0.5);
	metrics_collect_run("t4", 0, 1.0);
	CHECK_STR(metrics_last_collect()->task, "t4");
	CHECK_STR(metrics_last_collect()->result, "done");
	for (i = 0; i < 10; i++) {
		snprintf(name, sizeof(name), "r%d", i);
		metrics_cleanup_run("c", name, 1);
	}
	metrics_cleanup_run("c", "a-result-name-far-too-long", 1);
	metrics_graph_sent("random", 10, 20, 300);
	metrics_graph_sent("random", 1, 2, 3);
	metrics_graph_sent("we\"ird\\cl\noud", 5, 6, 7);
	metrics_child_started();
	metrics_child_started();
	metrics_child_ended(CHILD_CRASHED);
	metrics_child_ended(CHILD_TIMEOUT);
	metrics_child_ended(CHILD_OK);
	metrics_upload_retry();
	metrics_tag_task("done");
	metrics_tag_task("error");
	metrics_tag_task("error");
	{
		struct core_state st;
		struct metrics_gauges g = { 3, 2, 1, 4, &st };

		memset(&st, 0, sizeof(st));
		st.link[0].name = "actions";
		st.link[0].open = 1;
		st.link[0].opens = 3;
		st.link[1].name = "tasks";
		st.link[2].name = "events";
		metrics_write(&b, &g);
	}

	HAS("resotoworker_collect_runs_total{result=\"done\"} "
	    "2\n");
	HAS("resotoworker_collect_runs_total{result="
	    "\"partial\"} 1\n");
	HAS("resotoworker_collect_runs_total{result="
	    "\"error\"} 1\n");
	HAS("resotoworker_collect_duration_seconds_sum 5\n");
	HAS("resotoworker_collect_duration_seconds_count 4\n");
	/* seven results of their own, the rest (and a long one) "other" */
	HAS("resotoworker_cleanup_runs_total{result=\"r6\"} "
	    "1\n");
	CHECK(strstr(b.data, "{result=\"r7\"}") == NULL);
	HAS("resotoworker_cleanup_runs_total{result="
	    "\"other\"} 4\n");
	HAS("resotoworker_cleanup_runs_total{result="
	    "\"done\"} 0\n");
	HAS("resotoworker_nodes_sent_total{cloud=\"random\"} "
	    "11\n");
	HAS("resotoworker_upload_bytes_total{cloud=\"random\"}"
	    " 303\n");
	HAS("resotoworker_edges_sent_total{cloud="
	    "\"we\\\"ird\\\\cl\\noud\"} 6\n");
	HAS("resotoworker_children_started_total 2\n");
	HAS("resotoworker_children_crashed_total 1\n");
	HAS("resotoworker_children_timed_out_total 1\n");
	HAS("resotoworker_upload_retries_total 1\n");
	HAS("resotoworker_children_running 3\n");
	HAS("resotoworker_children_queued 2\n");
	HAS("resotoworker_collect_runs_in_progress 1\n");
	HAS("resotoworker_tag_tasks_in_progress 4\n");
	HAS("resotoworker_core_reconnects_total{websocket=\"actions\"} 2\n");
	HAS("resotoworker_core_websocket_up{websocket=\"actions\"} 1\n");
	HAS("resotoworker_core_websocket_up{websocket=\"tasks\"} 0\n");
	HAS("resotoworker_tag_tasks_total{result=\"error\"} "
	    "2\n");
	HAS("\nprocess_resident_memory_bytes ");
	HAS("\nprocess_open_fds ");
	HAS("\nprocess_cpu_seconds_total ");
	HAS("\nprocess_start_time_seconds ");
	CHECK(t_count(b.data, "# HELP ") == t_count(b.data, "# TYPE "));
	well_formed(b.data);
	buf_free(&b);
	metrics_reset();
}

/* a certificate for key, signed by itself */
static char *
self_signed(EVP_PKEY *key, long days)
{
	X509 *x = X509_new();
	BIO *bio = BIO_new(BIO_s_mem());
	BUF_MEM *mem;
	char *pem;

	X509_set_version(x, 2);
	ASN1_INTEGER_set(X509_get_serialNumber(x), 1);
	X509_gmtime_adj(X509_getm_notBefore(x), 0);
	X509_gmtime_adj(X509_getm_notAfter(x), days * 86400);
	X509_set_pubkey(x, key);
	X509_NAME_add_entry_by_txt(X509_get_subject_name(x), "CN",
	    MBSTRING_ASC, (const unsigned char *)"t", -1, -1, 0);
	X509_set_issuer_name(x, X509_get_subject_name(x));
	X509_sign(x, key, EVP_sha256());
	PEM_write_bio_X509(bio, x);
	BIO_get_mem_ptr(bio, &mem);
	pem = xmalloc(mem->length + 1);
	memcpy(pem, mem->data, mem->length);
	pem[mem->length] = '\0';
	BIO_free(bio);
	X509_free(x);
	return pem;
}

static void
certs(void)
{
	EVP_PKEY *key = NULL, *other = NULL;
	X509_REQ *req;
	GENERAL_NAMES *gens;
	BIO *bio;
	SSL_CTX *ctx;
	char *pem = NULL, *crt, err[256], cn[64];
	int i, dns_localhost = 0, ip_loop = 0, ip_host = 0, ip6 = 0;
	time_t na = 0;

	CHECK(webcert_csr("resoto.worker", "192.0.2.7", &key, &pem, err,
	    sizeof(err)) == 0);
	CHECK(key != NULL && pem != NULL);
	bio = BIO_new_mem_buf(pem, -1);
	req = PEM_read_bio_X509_REQ(bio, NULL, NULL, NULL);
	BIO_free(bio);
	CHECK(req != NULL);
	if (req == NULL)
		return;
	CHECK(X509_REQ_verify(req, key) == 1);
	X509_NAME_get_text_by_NID(X509_REQ_get_subject_name(req),
	    NID_commonName, cn, sizeof(cn));
	CHECK_STR(cn, "resoto.worker");
	{
		STACK_OF(X509_EXTENSION) *exts = X509_REQ_get_extensions(req);

		gens = X509V3_get_d2i(exts, NID_subject_alt_name, NULL, NULL);
		sk_X509_EXTENSION_pop_free(exts, X509_EXTENSION_free);
	}
	CHECK(gens != NULL);
	for (i = 0; gens != NULL && i < sk_GENERAL_NAME_num(gens); i++) {
		GENERAL_NAME *g = sk_GENERAL_NAME_value(gens, i);
		const unsigned char *d = ASN1_STRING_get0_data(g->d.ia5);
		int n = ASN1_STRING_length(g->d.ia5);

		if (g->type == GEN_DNS && n == 9 && memcmp(d, "localhost", 9) ==
		    0)
			dns_localhost++;
		if (g->type == GEN_IPADD && n == 4 &&
		    memcmp(d, "\x7f\0\0\x01", 4) == 0)
			ip_loop++;
		if (g->type == GEN_IPADD && n == 4 &&
		    memcmp(d, "\xc0\0\x02\x07", 4) == 0)
			ip_host++;
		if (g->type == GEN_IPADD && n == 16 && d[15] == 1 &&
		    memcmp(d, "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 15) == 0)
			ip6++;
	}
	CHECK(dns_localhost == 1 && ip_loop == 1 && ip_host == 1 && ip6 == 1);
	GENERAL_NAMES_free(gens);
	X509_REQ_free(req);

	/* the answer: a certificate for our key, or refused */
	crt = self_signed(key, 365);
	ctx = webcert_ctx(crt, strlen(crt), key, &na, err, sizeof(err));
	CHECK(ctx != NULL);
	CHECK(na > time(NULL) + 364 * 86400 && na <= time(NULL) + 366 * 86400);
	SSL_CTX_free(ctx);
	other = EVP_EC_gen("P-256");
	CHECK(webcert_ctx(crt, strlen(crt), other, &na, err, sizeof(err)) ==
	    NULL);
	CHECK(strstr(err, "not for our key") != NULL);
	CHECK(webcert_ctx("junk", 4, key, &na, err, sizeof(err)) == NULL);
	CHECK(strstr(err, "not a PEM certificate") != NULL);
	CHECK(webcert_ctx("", 0, key, &na, err, sizeof(err)) == NULL);
	CHECK(strstr(err, "empty") != NULL);
	free(crt);
	free(pem);
	CHECK_INT(webcert_renew_in(365L * 86400), 364L * 86400);
	CHECK_INT(webcert_renew_in(3L * 86400), 2L * 86400);
	CHECK_INT(webcert_renew_in(86400), 43200);
	CHECK_INT(webcert_renew_in(100), 60);
	CHECK_INT(webcert_renew_in(-5), 60);	/* expired: at once, nearly */
	EVP_PKEY_free(key);
	EVP_PKEY_free(other);
}

int
main(void)
{
	log_init(LOG_LVL_WARN, 0);
	counters();
	certs();
	return t_done();
}

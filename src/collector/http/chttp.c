/*
 * chttp.c: skeleton of the collectors' HTTP layer (see chttp.h); the
 * implementation follows in the next commits.
 */
#include "collector/http/chttp.h"
#include "common/log.h"

struct chttp *chttp_new(const struct chttp_opts *o) { fatalx("chttp: not yet"); }
void chttp_free(struct chttp *c) { }
void chttp_key_limit(struct chttp *c, const char *k, int n) { }
void chttp_submit(struct chttp *c, const struct chttp_call *call, chttp_cb cb, void *arg) { fatalx("chttp: not yet"); }
int chttp_run(struct chttp *c) { fatalx("chttp: not yet"); }
void chttp_abort(struct chttp *c, const char *why) { }
void chttp_stats(const struct chttp *c, struct chttp_stats *s) { }
const char *chttp_res_header(const struct chttp_res *r, const char *n) { return NULL; }
enum chttp_verdict chttp_classify_default(const struct chttp_res *r, void *a) { return CHTTP_DONE; }
struct chttp_auth *chttp_auth_sigv4(const char *k, const char *s, const char *t) { fatalx("chttp: not yet"); }
struct chttp_auth *chttp_auth_bearer(const char *t) { fatalx("chttp: not yet"); }
void chttp_auth_sigv4_set(struct chttp_auth *a, const char *k, const char *s, const char *t) { }
void chttp_auth_bearer_set(struct chttp_auth *a, const char *t) { }
void chttp_auth_free(struct chttp_auth *a) { }
void chttp_page(struct chttp *c, const struct chttp_pager *p) { fatalx("chttp: not yet"); }
json_object *chttp_json(const struct chttp_res *r, struct buf *e) { return NULL; }
json_object *chttp_json_path(json_object *o, const char *p) { return NULL; }
const char *chttp_json_str(json_object *o, const char *p) { return NULL; }
int chttp_xml_items(const char *x, size_t l, const char *ip, chttp_xml_item_fn fn, void *arg, const char *const *lv, char **v, struct buf *e) { return -1; }
int chttp_error_parse(const char *b, size_t l, char **c, char **m) { return -1; }

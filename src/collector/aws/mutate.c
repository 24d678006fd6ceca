/*
 * aws/mutate: delete and tag calls of the table kinds (struct tcall,
 * struct ttag), made for one node as the core stores it (CLEANUP and
 * TAG_* frames). The account comes from the node's ancestors, the region
 * from its ancestors too; an error code the table lists as "gone" (the
 * resource is not there any more) counts as success, and one of the codes
 * AWS gives while another resource still uses this one (busy[]) makes the
 * delete COLLECTOR_BUSY: the cleanup job tries it again later.
 */
#include "collector/collector.h"
#include "collector/aws/aws.h"
#include "collector/kind.h"
#include "collector/table.h"
#include "collector/http/chttp.h"
#include "common/jget.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ancestors.<what>.reported.<key> of a core node */
static const char *
ancestor_key(json_object *node, const char *what, const char *key)
{
	json_object *a, *x, *r;

	if (json_object_object_get_ex(node, "ancestors", &a) &&
	    json_object_object_get_ex(a, what, &x) &&
	    json_object_object_get_ex(x, "reported", &r))
		return jget_str(r, key);
	return NULL;
}

#define ancestor(node, what)	ancestor_key(node, what, "id")

int
aws_node_session(json_object *node, struct aws *a, const char **region,
    char *err, size_t errlen)
{
	struct buf e = BUF_INIT;
	json_object *entry;
	const char *acc = ancestor(node, "account"), *role;
	int rc;

	*region = ancestor(node, "region");
	if (*region == NULL)
		*region = "us-east-1";
	entry = json_object_new_object();
	json_object_object_add(entry, "id", json_object_new_string(acc ? acc :
	    ""));
	if ((role = ancestor_key(node, "account", "role")) != NULL)
		json_object_object_add(entry, "role",
		    json_object_new_string(role));
	rc = aws_open_account(a, collector_config(), entry, &e);
	if (rc == -1)
		snprintf(err, errlen, "%s", buf_str(&e));
	json_object_put(entry);
	buf_free(&e);
	return rc;
}

int
aws_gone(const char *const *codes, const char *code)
{
	for (; codes && *codes; codes++)
		if (strcmp(*codes, code) == 0)
			return 1;
	return 0;
}

/* AWS's "still in use" refusals: a subnet with interfaces, a group in use,
 * a gateway while the VPC has public addresses (DependencyViolation), an
 * attached volume or interface, an associated address, a target group a
 * load balancer uses (ResourceInUse), an IAM entity with attachments
 * (DeleteConflict), an EKS cluster with node groups
 * (ResourceInUseException), and EC2's default security group, which goes
 * only with its VPC (CannotDelete). */
static const char *const busy[] = { "DependencyViolation", "VolumeInUse",
	"InvalidNetworkInterface.InUse", "InvalidIPAddress.InUse",
	"ResourceInUse", "ResourceInUseException", "DeleteConflict",
	"CannotDelete", NULL };

int
aws_outcome(int rc, const char *const *gone, const char *code,
    struct buf *e, struct buf *out, char *err, size_t errlen)
{
	if (rc == -1 && aws_gone(gone, code))
		rc = 0;
	else if (rc == -1) {
		snprintf(err, errlen, "%s", buf_str(e));
		if (aws_gone(busy, code))
			rc = COLLECTOR_BUSY;
	}
	buf_free(e);
	buf_free(out);
	return rc;
}

static int
call(struct aws *a, const struct tkind *tk, const char *region,
    const char *op, const char *params, const char *const *gone_codes,
    char *err, size_t errlen)
{
	struct buf out = BUF_INIT, e = BUF_INIT;
	char code[128];
	int rc;

	rc = aws_query_sync(a, tk ? tk->service : "ec2", region, op,
	    tk && tk->version ? tk->version : AWS_EC2_VERSION, params,
	    &out, &e, code, sizeof(code));
	return aws_outcome(rc, gone_codes, code, &e, &out, err, errlen);
}

/* A REST-JSON call (TK_JSON) of the node rep: method on the path template
 * with its values, an optional JSON body and query; gone as call()'s. */
static int
rest_call(struct aws *a, const struct tkind *tk, const char *region,
    const char *method, const char *op, const char *tmpl, json_object *rep,
    const char *query, json_object *body, const char *const *gone_codes,
    char *err, size_t errlen)
{
	struct buf out = BUF_INIT, e = BUF_INIT;
	const char *text = body ? json_object_to_json_string_ext(body,
	    JSON_C_TO_STRING_PLAIN) : NULL;
	char code[128], *url;
	int rc;

	if ((url = aws_rest_url(&a->ep, tk->service, region, tmpl, rep,
	    query)) == NULL) {
		snprintf(err, errlen, "%s %s: the node lacks a value of %s",
		    tk->service, op, tmpl);
		return -1;
	}
	rc = aws_rest_sync(a, method, tk->service, region, op, url, text,
	    text ? strlen(text) : 0, NULL, &out, &e, code, sizeof(code));
	free(url);
	return aws_outcome(rc, gone_codes, code, &e, &out, err, errlen);
}

/* Expands "k=@path&..." with the node's values; a list at one @path
 * makes one query per element (at most one list per template). */
json_object *
aws_expand(const char *tmpl, json_object *rep)
{
	json_object *out = json_object_new_array(), *v, *list = NULL;
	struct buf q = BUF_INIT;
	const char *p, *at, *amp;
	char key[128], path[256];
	size_t i, n = 1;

	for (i = 0; i < n; i++) {
		buf_reset(&q);
		for (p = tmpl; *p; p = *amp ? amp + 1 : amp) {
			amp = p + strcspn(p, "&");
			at = memchr(p, '=', (size_t)(amp - p));
			if (at == NULL)
				goto bad;
			snprintf(key, sizeof(key), "%.*s", (int)(at - p), p);
			if (at[1] != '@') {	/* a constant: "ForceDelete=true" */
				buf_printf(&q, "%s%.*s", q.len ? "&" : "",
				    (int)(amp - p), p);
				continue;
			}
			snprintf(path, sizeof(path), "%.*s",
			    (int)(amp - at - 2), at + 2);
			if ((v = table_get(rep, path, NULL)) == NULL)
				goto bad;	/* nothing: no call */
			if (json_object_is_type(v, json_type_array)) {
				if (list == NULL) {
					list = json_object_get(v);
					n = json_object_array_length(v);
				}
				if (i >= json_object_array_length(v)) {
					json_object_put(v);
					goto bad;
				}
				aws_param(&q, key, json_object_get_string(
				    json_object_array_get_idx(v, i)));
			} else
				aws_param(&q, key, json_object_get_string(v));
			json_object_put(v);
		}
		json_object_array_add(out, json_object_new_string(buf_str(&q)));
	}
bad:
	json_object_put(list);
	buf_free(&q);
	return out;
}

/* Appends an item of an EC2 answer as EC2 query parameters under prefix:
 * members by their names with the first letter upper-cased, lists as
 * .1, .2, ... (the EC2 protocol's names for the answer's elements). */
static void
ec2_params(struct buf *q, const char *prefix, json_object *v)
{
	char name[256];
	size_t i;

	if (json_object_is_type(v, json_type_object)) {
		json_object_object_foreach(v, k, x) {
			snprintf(name, sizeof(name), "%s.%c%s", prefix,
			    (char)toupper((unsigned char)k[0]), k + 1);
			ec2_params(q, name, x);
		}
	} else if (json_object_is_type(v, json_type_array)) {
		for (i = 0; i < json_object_array_length(v); i++) {
			snprintf(name, sizeof(name), "%s.%zu", prefix, i + 1);
			ec2_params(q, name, json_object_array_get_idx(v, i));
		}
	} else if (json_object_get_string_len(v) > 0)
		aws_param(q, prefix, json_object_get_string(v));
}

struct rules {
	const char	*list;		/* "ipPermissions" */
	struct buf	*q;
	int		 n;
};

static int
rules_item(json_object *item, struct buf *err, void *arg)
{
	struct rules *r = arg;
	json_object *perms, *p, *groups;
	char prefix[64];
	size_t i;

	if (json_object_object_get_ex(item, r->list, &perms) &&
	    json_object_is_type(perms, json_type_array))
		for (i = 0; i < json_object_array_length(perms); i++) {
			p = json_object_array_get_idx(perms, i);
			if (!json_object_object_get_ex(p, "groups", &groups) ||
			    !json_object_is_type(groups, json_type_array) ||
			    json_object_array_length(groups) == 0)
				continue;
			snprintf(prefix, sizeof(prefix), "IpPermissions.%d",
			    ++r->n);
			ec2_params(r->q, prefix, p);
		}
	json_object_put(item);
	return 0;
}

int
aws_revoke_group_rules(void *ctx, const struct tcall *c, json_object *rep,
    char *err, size_t errlen)
{
	struct aws_mctx *m = ctx;
	struct buf q = BUF_INIT, out = BUF_INIT, e = BUF_INIT;
	struct rules r = { c->params, &q, 0 };
	const char *id = jget_str(rep, "id");
	char code[128];
	int rc = -1;

	aws_param(&q, "GroupId.1", id ? id : "");
	if (aws_query_sync(m->a, "ec2", m->region, "DescribeSecurityGroups",
	    AWS_EC2_VERSION, q.data, &out, &e, code, sizeof(code)) == -1) {
		rc = aws_gone(c->gone, code) ? 0 : -1;
		if (rc == -1)
			snprintf(err, errlen, "%s", buf_str(&e));
		goto done;
	}
	buf_reset(&q);
	aws_param(&q, "GroupId", id ? id : "");
	if (chttp_xml_items(out.data, out.len, "DescribeSecurityGroupsResponse/"
	    "securityGroupInfo/item", rules_item, &r, NULL, NULL, &e) == -1) {
		snprintf(err, errlen, "%s", buf_str(&e));
		goto done;
	}
	rc = r.n == 0 ? 0 : call(m->a, NULL, m->region, c->op, q.data, c->gone, err,
	    errlen);
done:
	buf_free(&q);
	buf_free(&out);
	buf_free(&e);
	return rc;
}

int
aws_delete(const struct kind *k, json_object *node, char *err, size_t errlen)
{
	const struct tkind *tk = aws_table_find(k->fqn);
	const struct tcall *c;
	json_object *rep, *qs;
	const char *region;
	struct aws a;
	size_t i;
	int rc = 0;

	if (tk == NULL || tk->del == NULL) {
		snprintf(err, errlen, "%s cannot be deleted", k->fqn);
		return -1;
	}
	if (!json_object_object_get_ex(node, "reported", &rep) ||
	    aws_node_session(node, &a, &region, err, errlen) == -1)
		return -1;
	for (c = tk->del; c->op && rc == 0; c++) {
		if (c->fn) {
			struct aws_mctx m = { &a, region };

			rc = c->fn(&m, c, rep, err, errlen);
			continue;
		}
		if (tk->flags & TK_JSON) {	/* "METHOD /path" */
			char method[16];
			const char *sp = strchr(c->params, ' ');

			snprintf(method, sizeof(method), "%.*s", sp ?
			    (int)(sp - c->params) : 0, c->params);
			rc = rest_call(&a, tk, region, method, c->op, sp ?
			    sp + 1 : c->params, rep, NULL, NULL, c->gone, err,
			    errlen);
			continue;
		}
		qs = aws_expand(c->params, rep);
		for (i = 0; i < json_object_array_length(qs) && rc == 0; i++)
			rc = call(&a, tk, region, c->op, json_object_get_string(
			    json_object_array_get_idx(qs, i)), c->gone, err,
			    errlen);
		json_object_put(qs);
	}
	aws_close(&a);
	return rc;
}

static int
tag_call(const struct kind *k, json_object *node, const char *key,
    const char *value, int set, char *err, size_t errlen)
{
	const struct tkind *tk = aws_table_find(k->fqn);
	struct buf q = BUF_INIT;
	const char *region, *res;
	struct aws a;
	int rc;

	if (tk == NULL || tk->tag == NULL) {
		snprintf(err, errlen, "%s has no tags to change", k->fqn);
		return -1;
	}
	if (aws_node_session(node, &a, &region, err, errlen) == -1)
		return -1;
	if (tk->tag->fn) {
		struct aws_mctx m = { &a, region };

		rc = tk->tag->fn(&m, json_object_object_get(node, "reported"),
		    key, set ? (value ? value : "") : NULL, err, errlen);
		aws_close(&a);
		return rc;
	}
	if (tk->flags & TK_JSON) {	/* a POST of the tags, a DELETE */
		json_object *b = NULL, *m;

		if (set) {
			b = json_object_new_object();
			m = json_object_new_object();
			json_object_object_add(m, key,
			    json_object_new_string(value ? value : ""));
			json_object_object_add(b, tk->tag->member, m);
		} else
			aws_param(&q, tk->tag->key_param, key);
		rc = rest_call(&a, tk, region, set ? "POST" : "DELETE",
		    set ? tk->tag->set_op : tk->tag->del_op, tk->tag->path,
		    json_object_object_get(node, "reported"), q.data, b, NULL,
		    err, errlen);
		json_object_put(b);
		aws_close(&a);
		buf_free(&q);
		return rc;
	}
	res = jget_str(json_object_object_get(node, "reported"),
	    tk->tag->res_src ? tk->tag->res_src : "id");
	aws_param(&q, tk->tag->res_param, res ? res : "");
	aws_param(&q, set || tk->tag->del_key_param == NULL ?
	    tk->tag->key_param : tk->tag->del_key_param, key);
	if (set)
		aws_param(&q, tk->tag->value_param, value ? value : "");
	if (tk->tag->params)
		buf_printf(&q, "&%s", tk->tag->params);
	rc = call(&a, tk, region, set ? tk->tag->set_op : tk->tag->del_op,
	    q.data, NULL, err, errlen);
	aws_close(&a);
	buf_free(&q);
	return rc == 0 ? 0 : -1;	/* a tag call is never "busy" */
}

int
aws_update_tag(const struct kind *k, json_object *node, const char *key,
    const char *value, char *err, size_t errlen)
{
	return tag_call(k, node, key, value, 1, err, errlen);
}

int
aws_delete_tag(const struct kind *k, json_object *node, const char *key,
    char *err, size_t errlen)
{
	return tag_call(k, node, key, NULL, 0, err, errlen);
}

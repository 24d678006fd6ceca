/*
 * aws/command: the reference's "aws" custom command (core-protocol.md 5),
 * made safe: `aws SERVICE OPERATION [--param value ...]` in the AWS CLI's
 * spelling runs one read-only call (Describe*, List*, Get*) of a service
 * this collector talks to, through the account's session (aws_node_session:
 * the node's account and region, or the chain's credentials without a
 * node), and answers the response as JSON. Everything else is refused with
 * the reason; no external program runs. doc/architecture.md ("The aws
 * custom command") has the decisions and the limits.
 */
#include "collector/collector.h"
#include "collector/aws/aws.h"
#include "collector/http/chttp.h"
#include "common/buf.h"
#include "common/jget.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const cmd_args[] = {
	"service", "Defines the AWS service, like ec2, s3, iam, etc.",
	"operation", "Defines the operation to execute.",
	"operation_args", "Defines the arguments for the operation. The "
	    "parameters depend on the operation.",
	"--account", "[Optional] The AWS account identifier.",
	"--role", "[Optional] The AWS role.",
	"--profile", "[Optional] The AWS profile to use.",
	"--region", "[Optional] The AWS region.",
	NULL
};

const struct collector_command aws_command = {
	.name = "aws",
	.info = "Execute aws commands on AWS resources",
	.description = "Execute an operation on an AWS resource.\n"
	    "For a list of services with respective operations see "
	    "https://awscli.amazonaws.com/v2/documentation/api/latest/"
	    "reference/index.html#available-services\n\n"
	    "By default the operation runs with the same credentials as the "
	    "collect process.\n"
	    "You can override the credentials by providing the account, role, "
	    "profile and region arguments.\n\n"
	    "There are two modes of operation:\n"
	    "1. Use a search and then pipe the result of the search into the "
	    "`aws` command. Every resource matched by the search will invoke "
	    "this command. You can use templating parameter to define the "
	    "exact invocation arguments. Account, region, profile and role is "
	    "defined by the resource if not defined explicitly.\n"
	    "2. Call the `aws` command directly without passing any resource "
	    "to interact with AWS using the credentials defined via "
	    "configuration.\n\n"
	    "## Examples\n\n"
	    "```shell\n"
	    "# Search for all ec2 volumes and then call describe-volumes on "
	    "each volume\n"
	    "# See AWS CLI for available services and commands.\n"
	    "# Please note the {id} parameter. The aws command is invoked for "
	    "any volume and replaces the id parameter with the volume id.\n"
	    "> search is(aws_ec2_volume) | aws ec2 describe-volume-attribute "
	    "--volume-id {id} --attribute autoEnableIO\n"
	    "AutoEnableIO:\n"
	    "Value: false\n"
	    "VolumeId: vol-009b0a28d2754927e\n\n"
	    "# Get the current caller identity\n"
	    "> aws sts get-caller-identity\n"
	    "UserId: AIDA42373XXXXXXXXXXXX\n"
	    "Account: '882374444444'\n"
	    "Arn: arn:aws:iam::882374444444:user/matthias\n"
	    "```\n\n",
	.args = cmd_args,
	.allowed_on_kind = "aws_resource",
};

/* A service and how it is spoken (from the kind tables; STS from the
 * session's own calls). */
struct svc {
	const char	*name;
	const char	*version;	/* Query; EC2's for ec2 */
	const char	*target;	/* JSON 1.1 */
	int		 rest;		/* REST (S3): not offered */
};

static int
find_service(const char *name, struct svc *s)
{
	const struct tkind *const *set, *tk;

	memset(s, 0, sizeof(*s));
	s->name = name;
	if (strcmp(name, "sts") == 0) {
		s->version = AWS_STS_VERSION;
		return 0;
	}
	for (set = aws_table_sets; *set; set++)
		for (tk = *set; tk->kind; tk++) {
			if (strcmp(tk->service, name) != 0)
				continue;
			s->rest = tk->path != NULL;
			s->target = tk->target;
			s->version = tk->version ? tk->version :
			    AWS_EC2_VERSION;
			return 0;
		}
	return -1;
}

/* Words the APIs spell in capitals where the CLI's names are lower case
 * ("describe-db-instances": DescribeDBInstances). */
static const char *const capitals[] = { "db", "DB", "mfa", "MFA", "saml",
	"SAML", "ssh", "SSH", NULL };

/* The API's name of a CLI name: "describe-volumes" DescribeVolumes,
 * "volume-ids" VolumeIds; a name with capitals is taken as it is (the
 * API's own spelling). -1 for characters no name has. */
static int
api_name(const char *cli, char *out, size_t outlen)
{
	const char *p, *e;
	size_t n, o = 0, k;
	int upper = 0;

	for (p = cli; *p; p++) {
		if (!isalnum((unsigned char)*p) && *p != '-' && *p != '.')
			return -1;
		upper |= isupper((unsigned char)*p);
	}
	if (*cli == '\0' || *cli == '-' || strlen(cli) >= outlen)
		return -1;
	if (upper) {
		snprintf(out, outlen, "%s", cli);
		return 0;
	}
	for (p = cli; *p; p = *e ? e + 1 : e) {
		e = p + strcspn(p, "-");
		n = (size_t)(e - p);
		for (k = 0; capitals[k] && (strlen(capitals[k]) != n ||
		    strncmp(capitals[k], p, n) != 0); k += 2)
			;
		if (o + n >= outlen)
			return -1;
		if (capitals[k]) {
			memcpy(out + o, capitals[k + 1], n);
		} else {
			memcpy(out + o, p, n);
			if (n > 0)
				out[o] = (char)toupper((unsigned char)out[o]);
		}
		o += n;
	}
	out[o] = '\0';
	return 0;
}

/* Whether a parameter is a list by its name: the APIs name their list
 * parameters in the plural (VolumeIds, Names, Filters, LoadBalancerArns);
 * counts (MaxResults, MaxRecords) and words ending in "ss" or "us"
 * (Address, Status) are not. One value of such a parameter is a list of
 * one, as the CLI makes it from the model. */
static int
plural(const char *name)
{
	size_t n = strlen(name);

	return n > 1 && name[n - 1] == 's' && name[n - 2] != 's' &&
	    name[n - 2] != 'u' && strncmp(name, "Max", 3) != 0;
}

static int
read_only(const char *op)
{
	return strncmp(op, "Describe", 8) == 0 || strncmp(op, "List", 4) == 0 ||
	    strncmp(op, "Get", 3) == 0;
}

/* Read-only in name, but they hand out credentials. */
static const char *const refused[] = { "sts", "GetSessionToken", "sts",
	"GetFederationToken", NULL };

/* A value on the command line: JSON when it looks like a list or object
 * (the CLI's JSON parameter syntax), else the string. */
static json_object *
cli_value(const char *v)
{
	json_object *o;

	if ((*v == '[' || *v == '{') && (o = json_tokener_parse(v)) != NULL)
		return o;
	return json_object_new_string(v);
}

/* Query and EC2 parameters of a value at name (struct members by name,
 * list elements numbered: EC2 "Name.N" with the list's name in the
 * singular, as EC2 names its lists; Query "Name.member.N"). */
static void
query_params(struct buf *q, const char *name, json_object *v, int ec2)
{
	char sub[512];
	size_t i, n = strlen(name);

	if (json_object_is_type(v, json_type_object)) {
		json_object_object_foreach(v, k, x) {
			snprintf(sub, sizeof(sub), "%s.%s", name, k);
			query_params(q, sub, x, ec2);
		}
	} else if (json_object_is_type(v, json_type_array)) {
		for (i = 0; i < json_object_array_length(v); i++) {
			if (ec2)
				snprintf(sub, sizeof(sub), "%.*s.%zu", (int)(n > 1 &&
				    name[n - 1] == 's' ? n - 1 : n), name, i + 1);
			else
				snprintf(sub, sizeof(sub), "%s.member.%zu",
				    name, i + 1);
			query_params(q, sub, json_object_array_get_idx(v, i),
			    ec2);
		}
	} else
		aws_param(q, name, v ? json_object_get_string(v) : "");
}

/* For the JSON protocol: digits as numbers, true/false as booleans (the
 * CLI types them from the model). */
static json_object *
json_typed(json_object *v)
{
	json_object *n;
	const char *s;

	if (!json_object_is_type(v, json_type_string))
		return v;
	s = json_object_get_string(v);
	if (strcmp(s, "true") == 0 || strcmp(s, "false") == 0)
		n = json_object_new_boolean(s[0] == 't');
	else if (*s != '\0' && strspn(s, "0123456789") == strlen(s) &&
	    strlen(s) < 16)
		n = json_object_new_int64(atoll(s));
	else
		return v;
	json_object_put(v);	/* s is v's */
	return n;
}

/* EC2's XML names with the first letter in capitals (volumeId:
 * VolumeId), as the API's members are named. */
static json_object *
ec2_names(json_object *v)
{
	json_object *o;
	char name[256];
	size_t i;

	if (json_object_is_type(v, json_type_array)) {
		for (i = 0; i < json_object_array_length(v); i++)
			json_object_array_put_idx(v, i, ec2_names(json_object_get(
			    json_object_array_get_idx(v, i))));
		return v;
	}
	if (!json_object_is_type(v, json_type_object))
		return v;
	o = json_object_new_object();
	json_object_object_foreach(v, k, x) {
		snprintf(name, sizeof(name), "%c%s",
		    toupper((unsigned char)k[0]), k[0] ? k + 1 : "");
		json_object_object_add(o, name, ec2_names(json_object_get(x)));
	}
	json_object_put(v);
	return o;
}

static int
keep_item(json_object *item, struct buf *err, void *arg)
{
	json_object **out = arg;

	json_object_put(*out);
	*out = item;
	return 0;
}

void
aws_cmd_free(struct aws_cmd *c)
{
	json_object_put(c->body);
	buf_free(&c->query);
	memset(c, 0, sizeof(*c));
}

int
aws_cmd_parse(json_object *args, struct aws_cmd *c, char *err, size_t errlen)
{
	json_object *v, *l;
	const char *a0, *a1, *s;
	char name[256];
	size_t i, j, k, n = json_object_array_length(args);
	struct svc svc;

	memset(c, 0, sizeof(*c));
	if (n < 2) {
		snprintf(err, errlen, "usage: aws SERVICE OPERATION [--param "
		    "value ...] (e.g. aws ec2 describe-volumes --volume-ids "
		    "vol-1)");
		return -1;
	}
	a0 = json_object_get_string(json_object_array_get_idx(args, 0));
	a1 = json_object_get_string(json_object_array_get_idx(args, 1));
	if (find_service(a0, &svc) == -1 || svc.rest) {
		snprintf(err, errlen, "aws %s: %s; this worker runs read-only "
		    "operations of ec2, elb, elbv2, autoscaling, cloudwatch, "
		    "rds, iam, kms and sts", a0, svc.rest ? "the REST service "
		    "is not offered" : "not a service this collector talks to");
		return -1;
	}
	c->service = svc.name;
	c->version = svc.version;
	c->target = svc.target;
	c->ec2 = svc.target == NULL && strcmp(svc.version, AWS_EC2_VERSION) == 0;
	if (api_name(a1, c->op, sizeof(c->op)) == -1 || !read_only(c->op)) {
		snprintf(err, errlen, "aws %s %s: only read-only operations "
		    "(describe-*, list-*, get-*) are run by this worker", a0,
		    a1);
		return -1;
	}
	for (k = 0; refused[k]; k += 2)
		if (strcmp(refused[k], a0) == 0 &&
		    strcmp(refused[k + 1], c->op) == 0) {
			snprintf(err, errlen, "aws %s %s: refused: it hands out "
			    "credentials", a0, a1);
			return -1;
		}
	if (c->target)
		c->body = json_object_new_object();
	for (i = 2; i < n; i = j) {
		s = json_object_get_string(json_object_array_get_idx(args, i));
		if (strncmp(s, "--", 2) != 0 || api_name(s + 2, name,
		    sizeof(name)) == -1) {
			snprintf(err, errlen, "aws %s %s: \"%s\" is not a "
			    "--parameter", a0, a1, s);
			goto bad;
		}
		for (j = i + 1; j < n && strncmp(json_object_get_string(
		    json_object_array_get_idx(args, j)), "--", 2) != 0; j++)
			;
		if (strcmp(s, "--region") == 0 && j == i + 2) {
			c->region = json_object_get_string(
			    json_object_array_get_idx(args, i + 1));
			continue;
		}
		if (strcmp(s, "--account") == 0 || strcmp(s, "--role") == 0 ||
		    strcmp(s, "--profile") == 0 || strcmp(s, "--region") == 0) {
			snprintf(err, errlen, "aws %s %s: %s is not supported: "
			    "the call runs with the credentials of the node's "
			    "account (or the configured one without a node)%s",
			    a0, a1, s, strcmp(s, "--region") == 0 ? "; --region "
			    "takes one value" : "");
			goto bad;
		}
		if (j == i + 1) {	/* a flag: --dry-run, --no-dry-run */
			v = json_object_new_boolean(strncmp(s, "--no-", 5) != 0);
			if (strncmp(s, "--no-", 5) == 0 &&
			    api_name(s + 5, name, sizeof(name)) == -1) {
				json_object_put(v);
				snprintf(err, errlen, "aws %s %s: \"%s\" is not a "
				    "--parameter", a0, a1, s);
				goto bad;
			}
		} else if (j == i + 2) {
			v = cli_value(json_object_get_string(
			    json_object_array_get_idx(args, i + 1)));
			if (json_object_is_type(v, json_type_string) &&
			    plural(name)) {
				l = json_object_new_array();
				json_object_array_add(l, v);
				v = l;
			}
		} else {
			v = json_object_new_array();
			for (k = i + 1; k < j; k++)
				json_object_array_add(v, cli_value(
				    json_object_get_string(
				    json_object_array_get_idx(args, k))));
		}
		if (c->body != NULL)
			json_object_object_add(c->body, name, json_typed(v));
		else {
			if (json_object_is_type(v, json_type_boolean))
				aws_param(&c->query, name,
				    json_object_get_boolean(v) ? "true" :
				    "false");
			else
				query_params(&c->query, name, v, c->ec2);
			json_object_put(v);
		}
	}
	return 0;
bad:
	aws_cmd_free(c);
	return -1;
}

int
aws_run_command(json_object *args, json_object *node, json_object **data,
    char *err, size_t errlen)
{
	struct buf out = BUF_INIT, e = BUF_INIT;
	json_object *v, *res = NULL, *cfg = collector_config();
	const char *region;
	char code[128], path[300];
	struct aws_cmd c;
	struct aws a;
	int rc = -1;

	*data = NULL;
	if (aws_cmd_parse(args, &c, err, errlen) == -1)
		return -1;
	if (aws_node_session(node, &a, &region, err, errlen) == -1)
		goto done;
	if (c.region != NULL)
		region = c.region;
	else if (node == NULL && (v = json_object_object_get(cfg, "region")) !=
	    NULL && json_object_is_type(v, json_type_array) &&
	    json_object_array_length(v) > 0)
		region = json_object_get_string(json_object_array_get_idx(v, 0));
	if (strcmp(c.service, "iam") == 0)
		region = "us-east-1";	/* global: signed for its region */
	if (c.target)
		rc = aws_json_sync_in(&a, c.service, region, c.target, c.op,
		    json_object_to_json_string_ext(c.body,
		    JSON_C_TO_STRING_PLAIN), &out, &e, code, sizeof(code));
	else
		rc = aws_query_sync(&a, c.service, region, c.op, c.version,
		    c.query.len ? buf_str(&c.query) : NULL, &out, &e, code,
		    sizeof(code));
	if (rc == -1) {
		snprintf(err, errlen, "%s", buf_str(&e));
		goto close;
	}
	if (c.target) {
		if (out.len == 0)
			res = json_object_new_object();
		else if ((res = json_tokener_parse(buf_str(&out))) == NULL) {
			snprintf(err, errlen, "%s %s %s: the answer is not JSON",
			    c.service, c.op, region);
			rc = -1;
			goto close;
		}
	} else {
		/* EC2: the response element; Query: its <Op>Result */
		if (c.ec2)
			snprintf(path, sizeof(path), "*");
		else
			snprintf(path, sizeof(path), "*/%sResult", c.op);
		buf_reset(&e);
		if (chttp_xml_items(out.data, out.len, path, keep_item, &res,
		    NULL, NULL, &e) == -1) {
			snprintf(err, errlen, "%s %s %s: %s", c.service, c.op,
			    region, buf_str(&e));
			rc = -1;
			goto close;
		}
		if (res == NULL || !json_object_is_type(res, json_type_object)) {
			json_object_put(res);
			res = json_object_new_object();
		}
		if (c.ec2) {
			json_object_object_del(res, "requestId");
			res = ec2_names(res);
		}
	}
	/* the reference's answer: an empty response is [], one object is
	 * itself */
	if (json_object_is_type(res, json_type_object) &&
	    json_object_object_length(res) == 0) {
		json_object_put(res);
		res = json_object_new_array();
	}
	*data = res;
	rc = 0;
close:
	aws_close(&a);
done:
	aws_cmd_free(&c);
	buf_free(&out);
	buf_free(&e);
	return rc;
}

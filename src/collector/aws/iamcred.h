/*
 * aws/iamcred: what IAM says of an account's credentials besides its
 * entities, read as the reference's AwsIamUser.collect reads it: the
 * credential report (GenerateCredentialReport, asked again every second
 * until COMPLETE, at most 5 minutes, then GetCredentialReport: a base64
 * CSV, csv.h) and the virtual MFA devices (ListVirtualMFADevices, when the
 * account summary counts any). Its lines become the users' password_*,
 * mfa_active and atime and their access keys' access_key_last_used
 * (iamcred_user, before a user's node is made); the `<root_account>` line
 * becomes the aws_root_user node "root" with its root_key_N access keys.
 * An access denial is a warning for the account (an info message), other
 * failures an error: the users are collected without the report then.
 */
#ifndef RW_AWS_IAMCRED_H
#define RW_AWS_IAMCRED_H

#include <json-c/json.h>

struct aws;
struct buf;
struct graph;
struct table;
struct tloc;

struct iamcred;

/* Where it reports and what it calls back: err for a failure that counts
 * as the account's error (msg names account and call), done once the
 * report and the devices are read (or given up) and the root's nodes made
 * (below loc's region). */
struct iamcred_cb {
	void	(*err)(void *arg, const char *msg);
	void	(*done)(void *arg);
	void	 *arg;
};

/* Starts the reading on a's context (mfa: the account's MFADevices, no
 * devices are listed when 0). */
struct iamcred	*iamcred_start(struct aws *a, struct graph *, struct table *,
		    const struct tloc *loc, long long mfa,
		    const struct iamcred_cb *);
/* A user's item (UserName, Arn; its access keys in "_keys") gets its
 * report line ("_report") and devices ("_mfa"), its keys their last use
 * ("_last_used"), as the reference sets them. */
void		 iamcred_user(struct iamcred *, json_object *item);
void		 iamcred_free(struct iamcred *);

/* The report's lines by user: every column of the CSV, the value of
 * column "user" the key; NULL with err when it is malformed. */
json_object	*iamcred_lines(const char *csv, size_t len, struct buf *err);

#endif

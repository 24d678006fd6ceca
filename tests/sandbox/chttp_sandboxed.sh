#!/bin/sh
# chttp_sandboxed: the collectors' HTTP layer (t_chttp's calls: retries,
# deadlines, pagers with XML and JSON answers, SigV4, TLS against a CA
# file, proxies) from inside a collector child's sandbox, as the clouds'
# collectors use it. A refused system call fails it, naming the call.
RW_T_SANDBOX=1 exec "${top_builddir:-.}/tests/unit/t_chttp"

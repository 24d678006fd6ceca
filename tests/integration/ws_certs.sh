#!/bin/sh
# ws_certs.sh DIR: test certificates for the protocol tests (not a test by
# itself): a CA (ca.pem/ca.key), server certificates signed by it for
# localhost + 127.0.0.1 (good.pem/good.key) and for wrong.example only
# (wrong.pem/wrong.key), a client certificate (client.pem, client.key and
# client-enc.key encrypted with the passphrase "secretpw"), and a second,
# untrusted CA that signed other.pem/other.key for localhost + 127.0.0.1.
set -e
d=$1
[ -n "$d" ] && [ -d "$d" ] || { echo "usage: $0 DIR" >&2; exit 2; }
cd "$d"
ec="-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes"
ca() {	# name
	openssl req -x509 $ec -keyout "$1.key" -out "$1.pem" -days 3 \
	    -subj "/CN=resotoworker test $1" \
	    -addext basicConstraints=critical,CA:TRUE \
	    -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
}
leaf() {	# name ca san eku
	openssl req $ec -keyout "$1.key" -out "$1.csr" -subj "/CN=$1" 2>/dev/null
	printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nextendedKeyUsage=%s\n' \
	    "$3" "$4" >"$1.ext"
	openssl x509 -req -in "$1.csr" -CA "$2.pem" -CAkey "$2.key" \
	    -CAcreateserial -out "$1.pem" -days 2 -extfile "$1.ext" 2>/dev/null
	rm -f "$1.csr" "$1.ext"
}
ca ca
ca otherca
leaf good ca "DNS:localhost,IP:127.0.0.1,IP:::1" serverAuth
leaf wrong ca "DNS:wrong.example" serverAuth
leaf other otherca "DNS:localhost,IP:127.0.0.1" serverAuth
leaf client ca "DNS:client.example" clientAuth
openssl pkey -in client.key -aes256 -passout pass:secretpw -out client-enc.key

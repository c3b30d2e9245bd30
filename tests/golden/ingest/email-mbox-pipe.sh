# An mbox read from a pipe (not seekable) gives the same records as a file.
cat email-mbox-basic.in | voc-ingest --format mbox -q

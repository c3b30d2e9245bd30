# A maildir folder: every file of cur/ and new/, in name order.
voc-ingest --format maildir email-maildir.d

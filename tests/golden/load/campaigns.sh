#!/usr/bin/env bash
# Campaigns CSV: quoted fields, a BOM, CRLF, header aliases, upsert by name;
# campaign_overview lists undescribed campaigns; a bad file is an error.
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
db=$tmp/voc.db
printf '\xef\xbb\xbfCampaign,Sales Owner,Marketing_Owner,Start,End,Persona,Segment,notes\r\n"Winter","Ana ""AJ"" Jones","Bo Li",2025-01-01,2025-02-28,finance,"SMB, EU",x\r\n\r\nSpring,Cy,Di,,,,,\r\n' >"$tmp/c1.csv"
voc-load -q --campaigns "$tmp/c1.csv" "$db" v1.jsonl; echo "exit $?"
printf 'name,marketing_owner\nSpring,Eve\n' >"$tmp/c2.csv"
voc-load -q --campaigns "$tmp/c2.csv" "$db" </dev/null; echo "exit $?"
printf 'name;marketing_owner;sales_owner\nAutumn;"Fay; Gil";Hal\n' >"$tmp/c3.csv"
voc-load -q --campaigns "$tmp/c3.csv" "$db" </dev/null; echo "exit $?  (semicolons, as European spreadsheets write)"
sqlite3 "$db" "SELECT * FROM campaigns ORDER BY name"
echo "-- overview"
sqlite3 "$db" "SELECT * FROM campaign_overview ORDER BY name"
printf 'name,owner\n"Open quote,x\n' >"$tmp/bad.csv"
voc-load -q --campaigns "$tmp/bad.csv" "$db" </dev/null 2>&1 | sed "s|$tmp|TMP|g"; echo "exit ${PIPESTATUS[0]}"
printf 'title,owner\nx,y\n' >"$tmp/noname.csv"
voc-load -q --campaigns "$tmp/noname.csv" "$db" </dev/null 2>&1 | sed "s|$tmp|TMP|g"; echo "exit ${PIPESTATUS[0]}"
voc-load -q --campaigns "$tmp/none.csv" "$db" </dev/null 2>&1 | sed "s|$tmp|TMP|g"; echo "exit ${PIPESTATUS[0]}"

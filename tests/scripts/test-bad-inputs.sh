#!/usr/bin/env bash
# The malformed-input suite (tests/bad/cases.tsv) as one ctest test.
exec bash "$(dirname "$0")/../bad/run.sh"

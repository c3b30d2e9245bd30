/* voc_xml.h: review feeds as XML (RSS 2.0, RSS 1.0/RDF, Atom, generic).
 *
 * Parsed with libxml2's streaming reader with network access off
 * (XML_PARSE_NONET), no DTD loading and no entity substitution: entity
 * references other than the five predefined ones are dropped from the text
 * and counted, so neither XXE nor "billion laughs" documents can read files
 * or blow up memory. Items: RSS <item>, Atom <entry>, else every child
 * element of the root. An item's keys are its child element names (nested
 * ones as a/b), its attributes (@name), and every --map source evaluated as
 * an XPath with the item as context node. RSS/Atom titles become
 * "headline" (the first paragraph of text), not a job title.
 *
 * Broken XML: libxml2's reader stops at the first well-formedness error,
 * so from there on the input is read item by item (each item's bytes from
 * its start tag to its matching end tag, parsed alone inside its
 * ancestors' start tags). A broken item goes to --rejects as written, with
 * the parser's message and its line; the items after it are read. An item
 * with no end tag runs to the next item's start tag (or the end of the
 * input). An error between items is a warning (exit 65). Not recovered: a
 * document whose root or first item cannot be told apart (not XML), and
 * entities declared in the DTD after an error (items using them are then
 * rejected). */
#ifndef VOC_XML_H
#define VOC_XML_H

#include <stdio.h>

#include "voc_error.h"
#include "voc_ingest.h"

int voc_xml_read(voc_ingest *ing, FILE *f, const char *name, voc_error *err);

#endif

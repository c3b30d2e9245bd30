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
 * "headline" (the first paragraph of text), not a job title. */
#ifndef VOC_XML_H
#define VOC_XML_H

#include <stdio.h>

#include "voc_error.h"
#include "voc_ingest.h"

int voc_xml_read(voc_ingest *ing, FILE *f, const char *name, voc_error *err);

#endif

// libxml2's HTML parser, for .html articles.
// Debian builds libxml2 with ICU, and its encoding.h then includes ICU's headers, which clash with
// the copy of ICU inside Foundation (_FoundationICU). AllianceKB never touches the ICU fields of
// xmlCharEncodingHandler, so the headers are read without them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

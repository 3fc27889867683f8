#ifndef CGRAPHVIZ_SHIM_H
#define CGRAPHVIZ_SHIM_H
// The system's Graphviz headers, found through pkg-config (libgvc.pc adds -I.../graphviz).
#include <gvc.h>
#include <cgraph.h>
#include <gvplugin.h>
#include <stdlib.h>
#include <string.h>

// Reading DOT with object ids in creation order.
//
// Graphviz's default id discipline uses the address of an object's interned name as its id, and
// Graphviz 2.43 keeps subgraphs ordered by id. Addresses depend on the state of the heap, so the
// order of clusters in the output (and in places the layout) changed from one render to the next
// inside one process. This discipline hands out ids from a counter, so ids follow the order of
// the DOT text, and maps names to ids itself. (It used to decline names and let cgraph keep them
// in its internal map, but Graphviz 2.42/2.43 never frees that map's entries: 48 bytes per named
// node, subgraph and graph, every render; measured with valgrind, see docs/fuzzing.md.) The
// reader hands Graphviz the text line by line, as agmemread does.

/// The DOT text being read.
typedef struct {
  const char *data;
  size_t length;
  size_t offset;
} driehoek_reader_t;

/// The ids of one root graph: id 2k+1 is the k-th id handed out; names[k] is its name, or NULL
/// for an anonymous object. `slots` is an open-addressing table of k+1 by name (0: empty).
typedef struct {
  char **names;
  size_t count;
  size_t capacity;
  size_t *slots;
  size_t slotCount;  // a power of two, at least twice count
} driehoek_ids_t;

static inline size_t driehoek_hash(const char *name) {
  size_t hash = 1469598103934665603ULL;  // FNV-1a
  for (const unsigned char *c = (const unsigned char *)name; *c; c++) {
    hash ^= *c;
    hash *= 1099511628211ULL;
  }
  return hash;
}

/// The slot for a name: the one holding it, or the empty one where it belongs.
static inline size_t driehoek_slot(const driehoek_ids_t *ids, const char *name) {
  size_t mask = ids->slotCount - 1;
  size_t slot = driehoek_hash(name) & mask;
  while (ids->slots[slot] != 0) {
    const char *present = ids->names[ids->slots[slot] - 1];
    if (present && strcmp(present, name) == 0) return slot;
    slot = (slot + 1) & mask;
  }
  return slot;
}

static inline int driehoek_ids_grow(driehoek_ids_t *ids) {
  if (ids->count == ids->capacity) {
    size_t capacity = ids->capacity ? ids->capacity * 2 : 64;
    char **names = realloc(ids->names, capacity * sizeof(char *));
    if (!names) return 0;
    ids->names = names;
    ids->capacity = capacity;
  }
  if (2 * (ids->count + 1) > ids->slotCount) {
    size_t slotCount = ids->slotCount ? ids->slotCount * 2 : 128;
    size_t *slots = calloc(slotCount, sizeof(size_t));
    if (!slots) return 0;
    free(ids->slots);
    ids->slots = slots;
    ids->slotCount = slotCount;
    for (size_t k = 0; k < ids->count; k++) {
      if (ids->names[k]) ids->slots[driehoek_slot(ids, ids->names[k])] = k + 1;
    }
  }
  return 1;
}

static inline void *driehoek_id_open(Agraph_t *graph, Agdisc_t *discipline) {
  (void)graph;
  (void)discipline;
  driehoek_ids_t *ids = calloc(1, sizeof(driehoek_ids_t));
  if (ids && !driehoek_ids_grow(ids)) {
    free(ids);
    return NULL;
  }
  return ids;
}

static inline long driehoek_id_map(void *state, int objtype, char *name, IDTYPE *id, int create) {
  (void)objtype;
  driehoek_ids_t *ids = state;
  if (!ids) return 0;
  if (name) {
    size_t slot = driehoek_slot(ids, name);
    if (ids->slots[slot] != 0) {
      *id = 2 * (IDTYPE)(ids->slots[slot] - 1) + 1;
      return 1;
    }
  }
  if (!create || !driehoek_ids_grow(ids)) return 0;
  char *copy = NULL;
  if (name) {
    copy = strdup(name);
    if (!copy) return 0;
    ids->slots[driehoek_slot(ids, name)] = ids->count + 1;
  }
  ids->names[ids->count] = copy;
  *id = 2 * (IDTYPE)ids->count + 1;
  ids->count += 1;
  return 1;
}

static inline long driehoek_id_alloc(void *state, int objtype, IDTYPE request) {
  (void)state;
  (void)objtype;
  (void)request;
  return 0;
}

static inline void driehoek_id_free(void *state, int objtype, IDTYPE id) {
  (void)state;
  (void)objtype;
  (void)id;
}

static inline char *driehoek_id_print(void *state, int objtype, IDTYPE id) {
  (void)objtype;
  driehoek_ids_t *ids = state;
  if (!ids || id % 2 == 0) return NULL;
  size_t k = (size_t)(id / 2);
  return k < ids->count ? ids->names[k] : NULL;
}

static inline void driehoek_id_close(void *state) {
  driehoek_ids_t *ids = state;
  if (!ids) return;
  for (size_t k = 0; k < ids->count; k++) free(ids->names[k]);
  free(ids->names);
  free(ids->slots);
  free(ids);
}

static inline void driehoek_id_register(void *state, int objtype, void *object) {
  (void)state;
  (void)objtype;
  (void)object;
}

static inline int driehoek_read(void *channel, char *buffer, int size) {
  driehoek_reader_t *reader = channel;
  if (size <= 0 || reader->offset >= reader->length) return 0;
  // Up to and with the next newline, at most `size` bytes (memchr and memcpy: a byte at a time
  // cost 16 M instructions in `render --view alle` of the Rijk).
  const char *start = reader->data + reader->offset;
  size_t rest = reader->length - reader->offset;
  size_t limit = rest < (size_t)size ? rest : (size_t)size;
  const char *newline = memchr(start, '\n', limit);
  size_t count = newline ? (size_t)(newline - start) + 1 : limit;
  memcpy(buffer, start, count);
  reader->offset += count;
  return (int)count;
}

/// The disciplines of every graph read here: ids in creation order (`driehoek_id_*`) and text
/// from a `driehoek_reader_t`. The graph keeps pointers to them, so they live for the process
/// (callers serialise).
static inline Agdisc_t *driehoek_discipline(void) {
  static Agiddisc_t ids = {
    driehoek_id_open, driehoek_id_map, driehoek_id_alloc, driehoek_id_free,
    driehoek_id_print, driehoek_id_close, driehoek_id_register,
  };
  static Agiodisc_t io;
  static Agdisc_t discipline;
  io.afread = driehoek_read;
  io.putstr = AgIoDisc.putstr;
  io.flush = AgIoDisc.flush;
  discipline.mem = &AgMemDisc;
  discipline.id = &ids;
  discipline.io = &io;
  return &discipline;
}

// The DOT scanner keeps its buffer in a process global between reads: what followed the closing
// brace of the previous text (its last newline, or a second graph) was read as the start of the
// next one, so a syntax error was reported a line too late, depending on what rendered before.
// `aglexbad` (exported by libcgraph, declared only in its private header) empties that buffer;
// it is weak so that a Graphviz without it still links, and the reader then also stops at the
// text's last non-blank byte, which leaves nothing behind after a single graph.
extern void aglexbad(void) __attribute__((weak));

/// The length of a DOT text without its trailing blanks and newlines.
static inline size_t driehoek_trimmed_length(const char *text, size_t length) {
  while (length > 0) {
    char last = text[length - 1];
    if (last != '\n' && last != '\r' && last != ' ' && last != '\t') break;
    length -= 1;
  }
  return length;
}

/// Empties the scanner's buffer before a new text is read.
static inline void driehoek_reset_scanner(void) {
  if (aglexbad) aglexbad();
}

/// Reads a graph from DOT text with ids in creation order; NULL when the text is not DOT.
static inline Agraph_t *driehoek_read_graph(const char *text, size_t length) {
  driehoek_reset_scanner();
  driehoek_reader_t reader = {text, driehoek_trimmed_length(text, length), 0};
  return agread(&reader, driehoek_discipline());
}

/// Reads DOT text (`digraph { … }`) into a graph that `driehoek_read_graph` made: its
/// statements add to the graph (a node named again is the same node). NULL when the text is
/// not DOT.
static inline Agraph_t *driehoek_add_to_graph(Agraph_t *graph, const char *text, size_t length) {
  driehoek_reset_scanner();
  driehoek_reader_t reader = {text, driehoek_trimmed_length(text, length), 0};
  return agconcat(graph, &reader, driehoek_discipline());
}

// Taking edges out of a graph, to lay it out without them and route them afterwards.

/// A growing text.
typedef struct {
  char *data;
  size_t length;
  size_t capacity;
  int failed;
} driehoek_text_t;

static inline void driehoek_text_append(driehoek_text_t *text, const char *part) {
  size_t count = strlen(part);
  if (text->failed) return;
  if (text->length + count + 1 > text->capacity) {
    size_t capacity = text->capacity ? text->capacity : 1024;
    while (text->length + count + 1 > capacity) capacity *= 2;
    char *data = realloc(text->data, capacity);
    if (!data) {
      text->failed = 1;
      return;
    }
    text->data = data;
    text->capacity = capacity;
  }
  memcpy(text->data + text->length, part, count);
  text->length += count;
  text->data[text->length] = 0;
}

/// A quoted DOT string. Node names come from the id discipline (plain strings, not cgraph's
/// reference-counted ones), so `aghtmlstr` must not be asked about them: it reads a header that
/// they do not have, and would now and then take a name for an HTML string.
static inline void driehoek_text_quoted(driehoek_text_t *text, const char *value) {
  driehoek_text_append(text, "\"");
  char one[2] = {0, 0};
  for (const char *c = value; *c; c++) {
    if (*c == '"') {
      driehoek_text_append(text, "\\\"");
    } else {
      one[0] = *c;
      driehoek_text_append(text, one);
    }
  }
  driehoek_text_append(text, "\"");
}

/// Appends a value as DOT: `<…>` for an HTML-like label, else quoted and escaped.
static inline void driehoek_text_value(driehoek_text_t *text, char *value) {
  if (aghtmlstr(value)) {
    driehoek_text_append(text, "<");
    driehoek_text_append(text, value);
    driehoek_text_append(text, ">");
    return;
  }
  driehoek_text_quoted(text, value);
}

/// Removes every edge of `graph` whose attribute `name` is "true" and returns them as DOT edge
/// statements with all their attributes except `name`, in node order, then edge order (malloc'd;
/// an empty text when there are none; NULL when memory ran out). The caller frees the text.
static inline char *driehoek_take_edges(Agraph_t *graph, const char *name) {
  driehoek_text_t text = {NULL, 0, 0, 0};
  driehoek_text_append(&text, "");
  Agsym_t *marker = agattr(graph, AGEDGE, (char *)name, NULL);
  if (!marker) return text.data;
  for (Agnode_t *node = agfstnode(graph); node; node = agnxtnode(graph, node)) {
    Agedge_t *edge = agfstout(graph, node);
    while (edge) {
      Agedge_t *next = agnxtout(graph, edge);
      if (strcmp(agxget(edge, marker), "true") == 0) {
        driehoek_text_append(&text, "  ");
        driehoek_text_quoted(&text, agnameof(node));
        driehoek_text_append(&text, " -> ");
        driehoek_text_quoted(&text, agnameof(aghead(edge)));
        driehoek_text_append(&text, " [");
        int first = 1;
        for (Agsym_t *sym = agnxtattr(graph, AGEDGE, NULL); sym; sym = agnxtattr(graph, AGEDGE, sym)) {
          if (sym == marker) continue;
          char *value = agxget(edge, sym);
          if (!value || strcmp(value, sym->defval) == 0) continue;
          if (!first) driehoek_text_append(&text, ", ");
          first = 0;
          driehoek_text_append(&text, sym->name);
          driehoek_text_append(&text, "=");
          driehoek_text_value(&text, value);
        }
        driehoek_text_append(&text, "];\n");
        agdeledge(graph, edge);
      }
      edge = next;
    }
  }
  if (text.failed) {
    free(text.data);
    return NULL;
  }
  return text.data;
}
#endif

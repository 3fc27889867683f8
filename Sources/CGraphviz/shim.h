#ifndef CGRAPHVIZ_SHIM_H
#define CGRAPHVIZ_SHIM_H
// The system's Graphviz headers, found through pkg-config (libgvc.pc adds -I.../graphviz).
#include <gvc.h>
#include <cgraph.h>
#include <gvplugin.h>
#include <stdlib.h>

// Reading DOT with object ids in creation order.
//
// Graphviz's default id discipline uses the address of an object's interned name as its id, and
// Graphviz 2.43 keeps subgraphs ordered by id. Addresses depend on the state of the heap, so the
// order of clusters in the output (and in places the layout) changed from one render to the next
// inside one process. This discipline declines to map names, so cgraph keeps the names in its
// internal map and asks for an anonymous id, which we hand out from a counter: ids follow the
// order of the DOT text. The reader hands Graphviz the text line by line, as agmemread does.

/// The DOT text being read.
typedef struct {
  const char *data;
  size_t length;
  size_t offset;
} driehoek_reader_t;

static inline void *driehoek_id_open(Agraph_t *graph, Agdisc_t *discipline) {
  (void)graph;
  (void)discipline;
  IDTYPE *counter = malloc(sizeof(IDTYPE));
  if (counter) *counter = 1;
  return counter;
}

static inline long driehoek_id_map(void *state, int objtype, char *name, IDTYPE *id, int create) {
  (void)objtype;
  if (name || !create || !state) return 0;  // names go to cgraph's internal map
  IDTYPE *counter = state;
  *id = *counter;
  *counter += 2;
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
  (void)state;
  (void)objtype;
  (void)id;
  return NULL;
}

static inline void driehoek_id_close(void *state) { free(state); }

static inline void driehoek_id_register(void *state, int objtype, void *object) {
  (void)state;
  (void)objtype;
  (void)object;
}

static inline int driehoek_read(void *channel, char *buffer, int size) {
  driehoek_reader_t *reader = channel;
  if (size <= 0 || reader->offset >= reader->length) return 0;
  int count = 0;
  char c;
  do {
    c = reader->data[reader->offset + (size_t)count];
    buffer[count++] = c;
  } while (c != '\n' && count < size && reader->offset + (size_t)count < reader->length);
  reader->offset += (size_t)count;
  return count;
}

/// Reads a graph from DOT text with ids in creation order; NULL when the text is not DOT.
static inline Agraph_t *driehoek_read_graph(const char *text, size_t length) {
  static Agiddisc_t ids = {
    driehoek_id_open, driehoek_id_map, driehoek_id_alloc, driehoek_id_free,
    driehoek_id_print, driehoek_id_close, driehoek_id_register,
  };
  // The graph keeps pointers to its disciplines, so they outlive the call (callers serialise).
  static Agiodisc_t io;
  static Agdisc_t discipline;
  io.afread = driehoek_read;
  io.putstr = AgIoDisc.putstr;
  io.flush = AgIoDisc.flush;
  discipline.mem = &AgMemDisc;
  discipline.id = &ids;
  discipline.io = &io;
  driehoek_reader_t reader = {text, length, 0};
  return agread(&reader, &discipline);
}
#endif

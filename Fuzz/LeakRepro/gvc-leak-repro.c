// Upstream reproducer for the Graphviz 2.42/2.43 leaks that valgrind reports for driehoek.
//
// Uses only the documented libgvc life cycle from Graphviz's own library guide (no driehoek
// code, no custom disciplines): one context, then per graph agmemread, gvLayout, gvRenderData,
// gvFreeRenderData, gvFreeLayout, agclose; gvFreeContext at the end. Whatever valgrind reports
// as "definitely lost" here is lost inside libgvc/libcgraph/the dot layout plugin.
//
//   cc -o /tmp/gvc-leak-repro Fuzz/LeakRepro/gvc-leak-repro.c $(pkg-config --cflags --libs libgvc)
//   valgrind --leak-check=full /tmp/gvc-leak-repro 20 FILE.dot [FILE.dot ...]
#include <gvc.h>
#include <stdio.h>
#include <stdlib.h>

static char *slurp(const char *path) {
  FILE *file = fopen(path, "rb");
  if (!file) return NULL;
  fseek(file, 0, SEEK_END);
  long size = ftell(file);
  fseek(file, 0, SEEK_SET);
  char *text = malloc((size_t)size + 1);
  if (text && fread(text, 1, (size_t)size, file) != (size_t)size) {
    free(text);
    text = NULL;
  }
  if (text) text[size] = '\0';
  fclose(file);
  return text;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: %s COUNT FILE.dot...\n", argv[0]);
    return 64;
  }
  int count = atoi(argv[1]);
  GVC_t *context = gvContext();
  int failures = 0;
  for (int round = 0; round < count; round++) {
    const char *path = argv[2 + round % (argc - 2)];
    char *text = slurp(path);
    if (!text) return 66;
    Agraph_t *graph = agmemread(text);
    free(text);
    if (!graph) {
      failures++;
      continue;
    }
    if (gvLayout(context, graph, "dot") == 0) {
      char *bytes = NULL;
      unsigned int length = 0;
      if (gvRenderData(context, graph, "svg", &bytes, &length) != 0) failures++;
      if (bytes) gvFreeRenderData(bytes);
      gvFreeLayout(context, graph);
    } else {
      failures++;
    }
    agclose(graph);
  }
  int status = gvFreeContext(context);
  printf("%d renders, %d failed\n", count, failures);
  return status;
}

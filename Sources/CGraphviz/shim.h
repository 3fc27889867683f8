#ifndef CGRAPHVIZ_SHIM_H
#define CGRAPHVIZ_SHIM_H
// The system's Graphviz headers, found through pkg-config (libgvc.pc adds -I.../graphviz).
#include <gvc.h>
#include <cgraph.h>
#include <gvplugin.h>
#endif

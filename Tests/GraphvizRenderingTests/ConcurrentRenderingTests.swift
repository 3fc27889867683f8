import GraphvizRendering
import Testing

/// Renders from many tasks at once: every result, good or bad, must equal the serial one.
///
/// Graphviz keeps error state and layout buffers in process globals; the renderer serialises
/// every call behind one lock. Run under `swift test --sanitize=thread` this test is what shows
/// that nothing touches those globals outside the lock (see docs/fuzzing.md).
@Suite struct ConcurrentRenderingTests {
  /// Graphs that exercise different parts of Graphviz: plain nodes, HTML tables, clusters, a
  /// warning, and two that fail (a syntax error, an HTML label that is not well-formed).
  static let graphs: [String] = [
    """
    digraph "eenvoudig" { a [label="A"]; b [label="B"]; a -> b [id="e1"]; }
    """,
    """
    digraph "tabel" {
      node [shape=plain];
      k [id="kaart-k", label=<<TABLE BORDER="1" CELLBORDER="0"><TR><TD><B>DUO</B></TD></TR>\
    <TR><TD>Dienst &amp; Uitvoering</TD></TR></TABLE>>];
      m [label=<<TABLE><TR><TD PORT="p">OCW</TD><TD>&lt;minister&gt;</TD></TR></TABLE>>];
      m:p -> k [label="eigenaar"];
    }
    """,
    """
    digraph "clusters" {
      compound=true; rankdir=LR;
      subgraph cluster_x { label="Ministerie X"; x1; x2; x1 -> x2; }
      subgraph cluster_y { label="Ministerie Y"; y1; y2; }
      x2 -> y1 [lhead=cluster_y]; y2 -> x1 [style=dashed];
    }
    """,
    // Warned about on every layout (unlike an unknown shape, which Graphviz warns about only
    // the first time in a process, so its warnings depend on what rendered before).
    """
    digraph "waarschuwing" {
      a [shape=box, fixedsize=true, width=0.3, height=0.2, label="een veel te lang label"];
      a -> b;
    }
    """,
    """
    digraph "kapot" { a -> ; }
    """,
    """
    digraph "html" { a [label=<<B>x & y</B>>]; }
    """,
  ]

  /// What one render gave: the bytes and warnings, or the error.
  enum Outcome: Equatable, Sendable {
    case rendered(RenderResult)
    case failed(RenderingError)
  }

  static func outcome(_ dot: String) -> Outcome {
    do {
      return .rendered(try GraphvizRenderer().render(dot: dot, format: .svg))
    } catch {
      return .failed(error)
    }
  }

  @Test func sixteenTasksRenderingAtOnceGiveTheSerialResults() async {
    let serial = Self.graphs.map(Self.outcome)
    // The set must contain successes, a warning and failures, or the test proves less than it
    // says.
    #expect(serial.contains { if case .failed = $0 { true } else { false } })
    #expect(
      serial.contains {
        if case .rendered(let result) = $0 { !result.warnings.isEmpty } else { false }
      })
    // The warning comes back on every render, not only the first in the process.
    #expect(Self.outcome(Self.graphs[3]) == serial[3])

    let tasks = 16
    let rounds = 4
    let results = await withTaskGroup(of: [(Int, Outcome)].self) { group in
      for task in 0..<tasks {
        group.addTask {
          var seen: [(Int, Outcome)] = []
          // Each task walks the graphs in its own rotation so different graphs overlap in time.
          for round in 0..<rounds {
            for step in 0..<Self.graphs.count {
              let index = (task + round + step) % Self.graphs.count
              seen.append((index, Self.outcome(Self.graphs[index])))
            }
          }
          return seen
        }
      }
      return await group.reduce(into: [[(Int, Outcome)]]()) { $0.append($1) }
    }

    #expect(results.count == tasks)
    var compared = 0
    for list in results {
      for (index, outcome) in list {
        #expect(outcome == serial[index], "graaf \(index) gaf in parallel iets anders")
        compared += 1
      }
    }
    #expect(compared == tasks * rounds * Self.graphs.count)
  }
}

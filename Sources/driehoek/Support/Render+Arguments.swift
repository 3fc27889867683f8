public import ArgumentParser
public import GraphvizRendering

extension OutputFormat: ExpressibleByArgument {}

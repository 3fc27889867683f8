public import ArgumentParser
public import DriehoekInterchange

extension ExportFormat: ExpressibleByArgument {}

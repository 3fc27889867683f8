/// An element of a Graphviz HTML-like label, such as a table, a row, a cell or a font change.
///
/// Texts inside are plain Swift strings; ``DOTWriter`` escapes them, so a name with `<`, `&` or a
/// backslash prints as written.
public struct HTMLElement: Hashable, Sendable {
  /// The tag.
  public var tag: HTMLTag
  /// The attributes, written in this order.
  public var attributes: [HTMLAttribute]
  /// The content.
  public var children: [HTMLContent]

  /// Creates an element.
  public init(_ tag: HTMLTag, _ attributes: [HTMLAttribute] = [], _ children: [HTMLContent] = []) {
    self.tag = tag
    self.attributes = attributes
    self.children = children
  }

  /// A table with rows.
  public static func table(_ attributes: [HTMLAttribute], rows: [HTMLElement]) -> HTMLElement {
    HTMLElement(.table, attributes, rows.map(HTMLContent.element))
  }

  /// A row with cells.
  public static func row(_ cells: [HTMLElement]) -> HTMLElement {
    HTMLElement(.row, [], cells.map(HTMLContent.element))
  }

  /// A cell.
  public static func cell(_ attributes: [HTMLAttribute], _ content: [HTMLContent]) -> HTMLElement {
    HTMLElement(.cell, attributes, content)
  }

  /// Text in a font, size or colour.
  public static func font(
    size: Double? = nil, color: Color? = nil, face: String? = nil, _ content: [HTMLContent]
  ) -> HTMLElement {
    var attributes: [HTMLAttribute] = []
    if let face { attributes.append(.init(.face, face)) }
    if let size { attributes.append(.init(.pointSize, size)) }
    if let color { attributes.append(.init(.color, color)) }
    return HTMLElement(.font, attributes, content)
  }
}

/// Content inside an HTML-like element.
public enum HTMLContent: Hashable, Sendable {
  /// Text, printed as written (newlines become spaces; use ``lineBreak``).
  case text(String)
  /// A nested element.
  case element(HTMLElement)
  /// A line break (`<BR/>`), aligned with the cell's `BALIGN`.
  case lineBreak

  /// Bold text.
  public static func bold(_ text: String) -> HTMLContent {
    .element(HTMLElement(.bold, [], [.text(text)]))
  }
}

/// The tags Graphviz HTML-like labels accept that driehoek uses.
public enum HTMLTag: String, Hashable, Sendable, CaseIterable {
  case table = "TABLE"
  case row = "TR"
  case cell = "TD"
  case font = "FONT"
  case bold = "B"
  case italic = "I"
}

/// One attribute of an HTML-like element.
public struct HTMLAttribute: Hashable, Sendable {
  /// The attribute name.
  public var name: HTMLAttributeName
  /// The value as written (escaped by the writer).
  public var value: String

  /// Creates an attribute from text.
  public init(_ name: HTMLAttributeName, _ value: String) {
    self.name = name
    self.value = value
  }

  /// Creates an attribute from a number.
  public init(_ name: HTMLAttributeName, _ value: Double) {
    self.name = name
    self.value = DOTNumber.format(value)
  }

  /// Creates an attribute from a colour.
  public init(_ name: HTMLAttributeName, _ value: Color) {
    self.name = name
    self.value = value.description
  }
}

/// The attribute names driehoek writes in HTML-like labels.
public enum HTMLAttributeName: String, Hashable, Sendable, CaseIterable {
  case align = "ALIGN"
  case lineAlign = "BALIGN"
  case verticalAlign = "VALIGN"
  case background = "BGCOLOR"
  case border = "BORDER"
  case cellBorder = "CELLBORDER"
  case cellPadding = "CELLPADDING"
  case cellSpacing = "CELLSPACING"
  case color = "COLOR"
  case columnSpan = "COLSPAN"
  case face = "FACE"
  case fixedSize = "FIXEDSIZE"
  case height = "HEIGHT"
  case pointSize = "POINT-SIZE"
  case sides = "SIDES"
  case style = "STYLE"
  case width = "WIDTH"
}

/// An RGB colour, written as `#RRGGBB`.
public struct Color: Hashable, Sendable, CustomStringConvertible {
  /// Red, 0–255.
  public var red: UInt8
  /// Green, 0–255.
  public var green: UInt8
  /// Blue, 0–255.
  public var blue: UInt8

  /// Creates a colour from its components.
  public init(red: UInt8, green: UInt8, blue: UInt8) {
    self.red = red
    self.green = green
    self.blue = blue
  }

  /// Creates a colour from a 24-bit value such as `0x01689B`.
  public init(hex: UInt32) {
    red = UInt8((hex >> 16) & 0xFF)
    green = UInt8((hex >> 8) & 0xFF)
    blue = UInt8(hex & 0xFF)
  }

  /// The colour as `#RRGGBB`.
  public var description: String {
    let digits = Array("0123456789ABCDEF")
    var text = "#"
    for component in [red, green, blue] {
      text.append(digits[Int(component >> 4)])
      text.append(digits[Int(component & 0x0F)])
    }
    return text
  }

  /// Black.
  public static let black = Color(hex: 0x000000)
  /// White.
  public static let white = Color(hex: 0xFFFFFF)
  /// A middle grey for frames.
  public static let grey = Color(hex: 0x8C8C8C)
}

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
    var bytes: [UInt8] = []
    appendUTF8(to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the colour as `#RRGGBB`, in UTF-8.
  func appendUTF8(to bytes: inout [UInt8]) {
    let digits: StaticString = "0123456789ABCDEF"
    bytes.append(UInt8(ascii: "#"))
    digits.withUTF8Buffer { table in
      for component in [red, green, blue] {
        bytes.append(table[Int(component >> 4)])
        bytes.append(table[Int(component & 0x0F)])
      }
    }
  }

  /// Black.
  public static let black = Color(hex: 0x000000)
  /// White.
  public static let white = Color(hex: 0xFFFFFF)
  /// A middle grey for frames.
  public static let grey = Color(hex: 0x8C8C8C)
}

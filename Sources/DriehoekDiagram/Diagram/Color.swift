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
    var text = ""
    append(to: &text)
    return text
  }

  /// Appends the colour as `#RRGGBB`.
  func append(to text: inout String) {
    let digits: StaticString = "0123456789ABCDEF"
    let value = UInt32(red) << 16 | UInt32(green) << 8 | UInt32(blue)
    // Seven ASCII bytes fit in a small string: no allocation.
    let hex = String(unsafeUninitializedCapacity: 7) { buffer in
      buffer[0] = UInt8(ascii: "#")
      digits.withUTF8Buffer { table in
        for position in 0..<6 {
          buffer[6 - position] = table[Int((value >> (4 * UInt32(position))) & 0xF)]
        }
      }
      return 7
    }
    text += hex
  }

  /// Black.
  public static let black = Color(hex: 0x000000)
  /// White.
  public static let white = Color(hex: 0xFFFFFF)
  /// A middle grey for frames.
  public static let grey = Color(hex: 0x8C8C8C)
}

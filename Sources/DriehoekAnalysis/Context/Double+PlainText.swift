extension Double {
  /// The number as a person writes it: without a fraction when whole, else with up to two
  /// decimals.
  var plainText: String {
    guard isFinite else { return "—" }
    let rounded = (self * 100).rounded() / 100
    if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
    return String(rounded)
  }
}

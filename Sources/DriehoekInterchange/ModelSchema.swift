import DriehoekModel
internal import Foundation

/// The JSON Schema (draft 2020-12) of the model file, generated from ``ModelKeys``, the same
/// table the loader checks keys against, so the schema and the loader cannot drift apart.
public enum ModelSchema {
  /// The schema's `$id`.
  public static let identifier = "https://driehoek.invalid/schema/model.schema.json"

  /// The schema as pretty-printed JSON with sorted keys.
  ///
  /// - Returns: The schema text, ending with a newline.
  public static func json() -> String {
    var definitions: [String: Any] = [:]
    for context in DiagnosticContext.allCases where context != .model {
      definitions[name(of: context)] = object(for: context)
    }
    var root = object(for: .model)
    root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    root["$id"] = identifier
    root["title"] = "driehoek-model"
    root["description"] =
      "Een model van de ambtelijke sturingsdriehoek (eigenaar, opdrachtgever, opdrachtnemer)."
    root["$defs"] = definitions
    let options: JSONSerialization.WritingOptions = [
      .prettyPrinted, .sortedKeys, .withoutEscapingSlashes,
    ]
    guard let data = try? JSONSerialization.data(withJSONObject: root, options: options),
      let text = String(data: data, encoding: .utf8)
    else { return "{}\n" }
    return text + "\n"
  }

  static func name(of context: DiagnosticContext) -> String {
    switch context {
    case .model: "model"
    case .organisation: "organisatie"
    case .unit: "onderdeel"
    case .person: "persoon"
    case .role: "rol"
    case .opdracht: "opdracht"
    case .afspraak: "afspraak"
    case .keten: "keten"
    case .afwijking: "afwijking"
    case .period: "periode"
    }
  }

  static func object(for context: DiagnosticContext) -> [String: Any] {
    let keys = ModelKeys.definition(for: context)
    var properties: [String: Any] = [:]
    for key in keys { properties[key.name] = schema(for: key.shape) }
    var object: [String: Any] = [
      "type": "object",
      "additionalProperties": false,
      "properties": properties,
    ]
    let required = keys.filter(\.isRequired).map(\.name)
    // Imported files may leave out `naam`; only the root file needs it, which JSON Schema
    // cannot tell apart, so the schema requires it nowhere at the top level.
    if !required.isEmpty, context != .model { object["required"] = required }
    return object
  }

  static func schema(for shape: ModelKeys.Shape) -> [String: Any] {
    switch shape {
    case .text:
      return ["type": ["string", "number", "boolean"], "minLength": 1]
    case .identifier:
      return [
        "anyOf": [
          ["type": "string", "pattern": "^[A-Za-z0-9._-]+$"],
          ["type": "integer", "minimum": 0],
        ]
      ]
    case .number:
      return ["type": "number", "minimum": 0]
    case .date:
      return ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "format": "date"]
    case .boolean:
      // The loader reads `ja`/`nee` as well as `true`/`false`.
      return [
        "anyOf": [
          ["type": "boolean"],
          ["type": "string", "enum": ["ja", "Ja", "JA", "nee", "Nee", "NEE"]],
        ]
      ]
    case .oneOf(let values):
      // The words as written (for completion in an editor), and any case of them (`SG` is `sg`).
      return [
        "anyOf": [
          ["type": "string", "enum": values],
          ["type": "string", "pattern": caseInsensitivePattern(values)],
        ]
      ]
    case .element(let context):
      return ["$ref": "#/$defs/\(name(of: context))"]
    case .list(let item):
      return ["type": "array", "items": schema(for: item)]
    case .source:
      // A web address or a citation; what the loader checks beyond this (the address rules
      // of `url`, no control characters) JSON Schema cannot say in one pattern.
      return [
        "type": "string", "minLength": 1, "maxLength": ModelKeys.maximumSourceLength,
        "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]+$",
      ]
    }
  }

  /// A pattern that matches any of the words in any case (ECMA-262 has no case flag in a
  /// pattern): `sg` becomes `[sS][gG]`; `ï` also matches a plain `i`, as the loader reads it.
  static func caseInsensitivePattern(_ words: [String]) -> String {
    let alternatives = words.map { word in
      word.map { character -> String in
        let lower = character.lowercased()
        let upper = character.uppercased()
        if lower == "ï" { return "[ïÏiI]" }
        guard lower != upper else { return String(character) }
        return "[\(lower)\(upper)]"
      }.joined()
    }
    return "^(?:" + alternatives.joined(separator: "|") + ")$"
  }
}

/// Base58 in the Bitcoin alphabet, as multibase's `z` prefix (base58btc) uses it.
public enum Base58 {
    static let alphabet = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)
    private static let values: [UInt8: Int] = Dictionary(uniqueKeysWithValues: alphabet.enumerated().map { ($1, $0) })

    /// The bytes `text` encodes, or nil when it has a character outside the alphabet.
    public static func decode(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []  // little-endian base-256 accumulator
        for character in text.utf8 {
            guard var carry = values[character] else { return nil }
            for i in bytes.indices {
                carry += Int(bytes[i]) * 58
                bytes[i] = UInt8(carry & 0xFF)
                carry >>= 8
            }
            while carry > 0 { bytes.append(UInt8(carry & 0xFF)); carry >>= 8 }
        }
        let leadingZeros = text.utf8.prefix { $0 == alphabet[0] }.count
        return [UInt8](repeating: 0, count: leadingZeros) + bytes.reversed()
    }

    /// `bytes` in base58btc.
    public static func encode(_ bytes: [UInt8]) -> String {
        var digits: [UInt8] = []  // little-endian base-58 accumulator
        for byte in bytes {
            var carry = Int(byte)
            for i in digits.indices {
                carry += Int(digits[i]) << 8
                digits[i] = UInt8(carry % 58)
                carry /= 58
            }
            while carry > 0 { digits.append(UInt8(carry % 58)); carry /= 58 }
        }
        let leadingZeros = bytes.prefix { $0 == 0 }.count
        let text = [UInt8](repeating: alphabet[0], count: leadingZeros) + digits.reversed().map { alphabet[Int($0)] }
        return String(decoding: text, as: UTF8.self)
    }
}

using System.Globalization;
using System.Text;

namespace Extraction.Pdf.Fonts.Programs.Cff;

/// <summary>A CFF DICT (Adobe technical note #5176, §4): operator → operands. Two-byte operators are keyed 1200 + second byte.</summary>
internal sealed class CffDict
{
    public const int Charset = 15;
    public const int Encoding = 16;
    public const int CharStrings = 17;
    public const int RegistryOrderingSupplement = 1230;

    private readonly Dictionary<int, double[]> entries = new();

    private CffDict()
    {
    }

    public static CffDict Parse(ReadOnlyMemory<byte> data)
    {
        var dict = new CffDict();
        var reader = new BigEndianReader(data);
        var operands = new List<double>();
        while (reader.Position < reader.Length)
        {
            var b0 = reader.ReadByte();
            switch (b0)
            {
                case <= 21:
                    var op = b0 == 12 ? 1200 + reader.ReadByte() : b0;
                    dict.entries[op] = operands.ToArray();
                    operands.Clear();
                    break;
                case 28:
                    operands.Add(reader.ReadInt16());
                    break;
                case 29:
                    operands.Add(unchecked((int)reader.ReadUInt32()));
                    break;
                case 30:
                    operands.Add(ReadReal(ref reader));
                    break;
                case >= 32 and <= 246:
                    operands.Add(b0 - 139);
                    break;
                case >= 247 and <= 250:
                    operands.Add(((b0 - 247) * 256) + reader.ReadByte() + 108);
                    break;
                case >= 251 and <= 254:
                    operands.Add((-(b0 - 251) * 256) - reader.ReadByte() - 108);
                    break;
                default:
                    throw new FontFormatException($"Reserved CFF DICT byte {b0}.");
            }
        }

        return dict;
    }

    public bool Contains(int op) => entries.ContainsKey(op);

    public int? GetInt(int op) => entries.TryGetValue(op, out var values) && values.Length > 0 ? (int)values[0] : null;

    /// <summary>Real numbers are packed in nibbles: digits, '.', 'E', 'E-', '-', terminated by 0xF.</summary>
    private static double ReadReal(ref BigEndianReader reader)
    {
        var text = new StringBuilder();
        while (true)
        {
            var b = reader.ReadByte();
            foreach (var nibble in new[] { b >> 4, b & 0xF })
            {
                switch (nibble)
                {
                    case <= 9:
                        text.Append((char)('0' + nibble));
                        break;
                    case 0xA:
                        text.Append('.');
                        break;
                    case 0xB:
                        text.Append('E');
                        break;
                    case 0xC:
                        text.Append("E-");
                        break;
                    case 0xE:
                        text.Append('-');
                        break;
                    case 0xF:
                        return double.TryParse(text.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
                }
            }
        }
    }
}

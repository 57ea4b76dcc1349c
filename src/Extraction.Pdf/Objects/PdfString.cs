using System.Text;

namespace Extraction.Pdf.Objects;

/// <summary>A literal or hexadecimal string: raw bytes, decoded to text only on request.</summary>
public sealed class PdfString : PdfObject
{
    public PdfString(byte[] bytes, bool isHex = false)
    {
        Bytes = bytes;
        IsHex = isHex;
    }

    public byte[] Bytes { get; }

    public bool IsHex { get; }

    /// <summary>Text strings are UTF-16BE with a byte-order mark, UTF-8 with one (PDF 2.0), or PDFDocEncoding.</summary>
    public string Text
    {
        get
        {
            if (Bytes.Length >= 2 && Bytes[0] == 0xFE && Bytes[1] == 0xFF)
            {
                return Encoding.BigEndianUnicode.GetString(Bytes, 2, (Bytes.Length - 2) & ~1);
            }

            if (Bytes.Length >= 3 && Bytes[0] == 0xEF && Bytes[1] == 0xBB && Bytes[2] == 0xBF)
            {
                return Encoding.UTF8.GetString(Bytes, 3, Bytes.Length - 3);
            }

            return Fonts.Encodings.PdfDocEncoding.Decode(Bytes);
        }
    }

    public override string ToString() => Text;
}

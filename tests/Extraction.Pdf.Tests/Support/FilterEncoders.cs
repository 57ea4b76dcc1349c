using System.IO.Compression;
using System.Text;

namespace Extraction.Pdf.Tests.Support;

/// <summary>Minimal encoders for the PDF filters, written independently of the decoders so round trips can test them.</summary>
internal static class FilterEncoders
{
    public static byte[] AsciiHex(byte[] data, bool withWhitespace = false)
    {
        var text = new StringBuilder();
        for (var i = 0; i < data.Length; i++)
        {
            text.Append(data[i].ToString(i % 2 == 0 ? "X2" : "x2"));
            if (withWhitespace && i % 7 == 6)
            {
                text.Append(i % 14 == 13 ? "\r\n" : " ");
            }
        }

        return Encoding.ASCII.GetBytes(text.Append('>').ToString());
    }

    public static byte[] Ascii85(byte[] data, bool withLineBreaks = false)
    {
        var text = new StringBuilder();
        for (var i = 0; i < data.Length; i += 4)
        {
            var n = Math.Min(4, data.Length - i);
            uint word = 0;
            for (var k = 0; k < 4; k++)
            {
                word = (word << 8) | (k < n ? data[i + k] : (byte)0);
            }

            if (n == 4 && word == 0)
            {
                text.Append('z');
                continue;
            }

            var digits = new char[5];
            for (var k = 4; k >= 0; k--)
            {
                digits[k] = (char)('!' + word % 85);
                word /= 85;
            }

            text.Append(digits, 0, n + 1);
            if (withLineBreaks && i % 60 == 56)
            {
                text.Append('\n');
            }
        }

        return Encoding.ASCII.GetBytes(text.Append("~>").ToString());
    }

    public static byte[] RunLength(byte[] data)
    {
        var output = new List<byte>();
        var i = 0;
        while (i < data.Length)
        {
            var run = 1;
            while (i + run < data.Length && run < 128 && data[i + run] == data[i])
            {
                run++;
            }

            if (run >= 2)
            {
                output.Add((byte)(257 - run));
                output.Add(data[i]);
                i += run;
                continue;
            }

            var start = i;
            while (i < data.Length && i - start < 128 && (i + 1 >= data.Length || data[i + 1] != data[i]))
            {
                i++;
            }

            if (i == start)
            {
                i++;
            }

            output.Add((byte)(i - start - 1));
            output.AddRange(data.AsSpan(start, i - start).ToArray());
        }

        output.Add(128);
        return output.ToArray();
    }

    public static byte[] Flate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>LZW with 9–12 bit codes, MSB first, a clear code at the start and whenever the table fills.</summary>
    public static byte[] Lzw(byte[] data, bool earlyChange = true)
    {
        var early = earlyChange ? 1 : 0;
        var bits = new BitWriter();
        var table = new Dictionary<(int Prefix, byte Next), int>();
        var encoderNext = 258;
        // The decoder defines each entry one code later than the encoder; code widths follow the decoder's count.
        var decoderNext = 258;
        var firstAfterClear = true;

        int Width() => decoderNext + early < 512 ? 9 : decoderNext + early < 1024 ? 10 : decoderNext + early < 2048 ? 11 : 12;

        void Emit(int code)
        {
            bits.Write(code, Width());
            if (code == 256)
            {
                decoderNext = 258;
                firstAfterClear = true;
                return;
            }

            if (!firstAfterClear && decoderNext < 4096)
            {
                decoderNext++;
            }

            firstAfterClear = false;
        }

        Emit(256);
        var current = -1;
        foreach (var b in data)
        {
            if (current < 0)
            {
                current = b;
                continue;
            }

            if (table.TryGetValue((current, b), out var code))
            {
                current = code;
                continue;
            }

            Emit(current);
            table[(current, b)] = encoderNext++;
            current = b;
            if (encoderNext == 4095)
            {
                Emit(current);
                Emit(256);
                table.Clear();
                encoderNext = 258;
                current = -1;
            }
        }

        if (current >= 0)
        {
            Emit(current);
        }

        Emit(257);
        return bits.ToArray();
    }

    /// <summary>PNG "Up" prediction (filter type 2 on every row), the common choice of PDF writers for xref streams.</summary>
    public static byte[] PngUp(byte[] data, int columns)
    {
        var rows = data.Length / columns;
        var output = new byte[rows * (columns + 1)];
        for (var r = 0; r < rows; r++)
        {
            output[r * (columns + 1)] = 2;
            for (var c = 0; c < columns; c++)
            {
                var above = r == 0 ? 0 : data[(r - 1) * columns + c];
                output[r * (columns + 1) + 1 + c] = (byte)(data[r * columns + c] - above);
            }
        }

        return output;
    }

    private sealed class BitWriter
    {
        private readonly List<byte> bytes = new();
        private int buffer;
        private int count;

        public void Write(int value, int width)
        {
            for (var i = width - 1; i >= 0; i--)
            {
                buffer = (buffer << 1) | ((value >> i) & 1);
                if (++count == 8)
                {
                    bytes.Add((byte)buffer);
                    buffer = 0;
                    count = 0;
                }
            }
        }

        public byte[] ToArray()
        {
            var result = new List<byte>(bytes);
            if (count > 0)
            {
                result.Add((byte)(buffer << (8 - count)));
            }

            return result.ToArray();
        }
    }
}

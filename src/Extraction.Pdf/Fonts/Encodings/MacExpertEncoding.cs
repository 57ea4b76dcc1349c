namespace Extraction.Pdf.Fonts.Encodings;

/// <summary>MacExpertEncoding, for expert fonts: old-style figures, small capitals, fractions (ISO 32000-1 Annex D.4).</summary>
internal static class MacExpertEncoding
{
    public static readonly string?[] Names = EncodingTable.Build(
        (0x20, "space exclamsmall Hungarumlautsmall centoldstyle dollaroldstyle dollarsuperior ampersandsmall Acutesmall"),
        (0x28, "parenleftsuperior parenrightsuperior twodotenleader onedotenleader comma hyphen period fraction"),
        (0x30, "zerooldstyle oneoldstyle twooldstyle threeoldstyle fouroldstyle fiveoldstyle sixoldstyle sevenoldstyle"),
        (0x38, "eightoldstyle nineoldstyle colon semicolon - threequartersemdash - questionsmall"),
        (0x44, "Ethsmall - - onequarter onehalf threequarters oneeighth threeeighths fiveeighths seveneighths onethird"),
        (0x4F, "twothirds"),
        (0x56, "ff fi fl ffi ffl parenleftinferior - parenrightinferior Circumflexsmall hypheninferior Gravesmall"),
        (0x61, "Asmall Bsmall Csmall Dsmall Esmall Fsmall Gsmall Hsmall Ismall Jsmall Ksmall Lsmall Msmall Nsmall"),
        (0x6F, "Osmall Psmall Qsmall Rsmall Ssmall Tsmall Usmall Vsmall Wsmall Xsmall Ysmall Zsmall colonmonetary"),
        (0x7C, "onefitted rupiah Tildesmall"),
        (0x81, "asuperior centsuperior"),
        (0x87, "Aacutesmall Agravesmall Acircumflexsmall Adieresissmall Atildesmall Aringsmall Ccedillasmall"),
        (0x8E, "Eacutesmall Egravesmall Ecircumflexsmall Edieresissmall Iacutesmall Igravesmall Icircumflexsmall"),
        (0x95, "Idieresissmall Ntildesmall Oacutesmall Ogravesmall Ocircumflexsmall Odieresissmall Otildesmall"),
        (0x9C, "Uacutesmall Ugravesmall Ucircumflexsmall Udieresissmall"),
        (0xA1, "eightsuperior fourinferior threeinferior sixinferior eightinferior seveninferior Scaronsmall"),
        (0xA9, "centinferior twoinferior - Dieresissmall - Caronsmall osuperior fiveinferior - commainferior"),
        (0xB3, "periodinferior Yacutesmall - dollarinferior - - Thornsmall - nineinferior zeroinferior Zcaronsmall"),
        (0xBE, "AEsmall Oslashsmall questiondownsmall oneinferior Lslashsmall"),
        (0xC9, "Cedillasmall"),
        (0xCF, "OEsmall figuredash hyphensuperior"),
        (0xD6, "exclamdownsmall - Ydieresissmall - onesuperior twosuperior threesuperior foursuperior fivesuperior"),
        (0xDF, "sixsuperior sevensuperior ninesuperior zerosuperior - esuperior rsuperior tsuperior - - isuperior"),
        (0xEA, "ssuperior dsuperior"),
        (0xF1, "lsuperior Ogoneksmall Brevesmall Macronsmall bsuperior nsuperior msuperior commasuperior"),
        (0xF9, "periodsuperior Dotaccentsmall Ringsmall"));
}

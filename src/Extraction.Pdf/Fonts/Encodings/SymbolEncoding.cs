namespace Extraction.Pdf.Fonts.Encodings;

/// <summary>The built-in encoding of the standard Symbol font (ISO 32000-1 Annex D.5).</summary>
internal static class SymbolEncoding
{
    public static readonly string?[] Names = EncodingTable.Build(
        (0x20, "space exclam universal numbersign existential percent ampersand suchthat parenleft parenright"),
        (0x2A, "asteriskmath plus comma minus period slash zero one two three four five six seven eight nine"),
        (0x3A, "colon semicolon less equal greater question congruent Alpha Beta Chi Delta Epsilon Phi Gamma"),
        (0x48, "Eta Iota theta1 Kappa Lambda Mu Nu Omicron Pi Theta Rho Sigma Tau Upsilon sigma1 Omega Xi Psi"),
        (0x5A, "Zeta bracketleft therefore bracketright perpendicular underscore radicalex alpha beta chi delta"),
        (0x65, "epsilon phi gamma eta iota phi1 kappa lambda mu nu omicron pi theta rho sigma tau upsilon"),
        (0x76, "omega1 omega xi psi zeta braceleft bar braceright similar"),
        (0xA0, "Euro Upsilon1 minute lessequal fraction infinity florin club diamond heart spade arrowboth"),
        (0xAC, "arrowleft arrowup arrowright arrowdown degree plusminus second greaterequal multiply"),
        (0xB5, "proportional partialdiff bullet divide notequal equivalence approxequal ellipsis arrowvertex"),
        (0xBE, "arrowhorizex carriagereturn aleph Ifraktur Rfraktur weierstrass circlemultiply circleplus"),
        (0xC6, "emptyset intersection union propersuperset reflexsuperset notsubset propersubset reflexsubset"),
        (0xCE, "element notelement angle gradient registerserif copyrightserif trademarkserif product radical"),
        (0xD7, "dotmath logicalnot logicaland logicalor arrowdblboth arrowdblleft arrowdblup arrowdblright"),
        (0xDF, "arrowdbldown lozenge angleleft registersans copyrightsans trademarksans summation parenlefttp"),
        (0xE7, "parenleftex parenleftbt bracketlefttp bracketleftex bracketleftbt bracelefttp braceleftmid"),
        (0xEE, "braceleftbt braceex"),
        (0xF1, "angleright integral integraltp integralex integralbt parenrighttp parenrightex parenrightbt"),
        (0xF9, "bracketrighttp bracketrightex bracketrightbt bracerighttp bracerightmid bracerightbt"));
}

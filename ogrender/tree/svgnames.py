"""Case-sensitive SVG names: the tables the HTML parser applies to foreign content
(HTML Living Standard, 13.2.6.5 "adjust SVG attributes" and the SVG tag name table)."""

_SVG_ATTRS = """attributeName attributeType baseFrequency baseProfile calcMode clipPathUnits diffuseConstant
edgeMode filterUnits glyphRef gradientTransform gradientUnits kernelMatrix kernelUnitLength keyPoints
keySplines keyTimes lengthAdjust limitingConeAngle markerHeight markerUnits markerWidth maskContentUnits
maskUnits numOctaves pathLength patternContentUnits patternTransform patternUnits pointsAtX pointsAtY
pointsAtZ preserveAlpha preserveAspectRatio primitiveUnits refX refY repeatCount repeatDur
requiredExtensions requiredFeatures specularConstant specularExponent spreadMethod startOffset
stdDeviation stitchTiles surfaceScale systemLanguage tableValues targetX targetY textLength viewBox
viewTarget xChannelSelector yChannelSelector zoomAndPan""".split()

_SVG_TAG_NAMES = """altGlyph altGlyphDef altGlyphItem animateColor animateMotion animateTransform clipPath
feBlend feColorMatrix feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting
feDisplacementMap feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR feGaussianBlur
feImage feMerge feMergeNode feMorphology feOffset fePointLight feSpecularLighting feSpotLight feTile
feTurbulence foreignObject glyphRef linearGradient radialGradient textPath""".split()

SVG_TAGS = frozenset(_SVG_TAG_NAMES)
SVG_ATTR_CASE = {name.lower(): name for name in _SVG_ATTRS}
SVG_TAG_CASE = {name.lower(): name for name in _SVG_TAG_NAMES}

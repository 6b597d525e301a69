<?php
/**
 * The widgets' accent rule (isPlainColor in src/internal/ally-element.ts), as far as PHP can tell
 * without a browser: one plain colour and nothing else — `#rgb` … `#rrggbbaa`, a CSS colour name, or
 * one colour function (`rgb()`, `hsl()`, `oklch()` …) with nothing nested in it, so no `var()`,
 * `env()` or `attr()`; under 100 characters. The widget still checks the value in the browser.
 *
 * @package AllyWidgets
 */

namespace Ally_Widgets;

defined( 'ABSPATH' ) || exit;

/** CSS named colours (CSS Color 4), without `transparent` and `currentcolor`, which the widgets refuse. */
const COLOR_NAMES = 'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen';

/**
 * Whether `$value` is one plain CSS colour the widgets accept as `accent`.
 *
 * @param string $value What was typed.
 */
function is_plain_color( string $value ): bool {
	$v = js_trim( $value );
	if ( null === $v || '' === $v || js_length( $v ) >= 100 ) {
		return false;
	}
	if ( preg_match( '/^#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})\z/', $v ) ) {
		return true;
	}
	if ( preg_match( '/^[a-zA-Z]+\z/', $v ) ) {
		return in_array( strtolower( $v ), explode( ' ', COLOR_NAMES ), true );
	}
	// One colour function: three or four numbers (with %, an angle unit or `none`), separated by spaces, commas or a slash.
	$number = '(?:[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?(?:%|deg|rad|grad|turn)?|none)';
	return (bool) preg_match( "/^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\\(\\s*(?:$number\\s*[,\\/]?\\s*){3,4}\\)\\z/i", $v );
}

/**
 * The widgets' message for a colour they would ignore.
 *
 * @param string $value What was typed.
 */
function color_message( string $value ): string {
	return sprintf(
		/* translators: %s: what was typed. */
		__( 'accent="%s" is not valid (expected a CSS colour such as #0a7 or rebeccapurple).', 'ally-widgets' ),
		$value
	);
}

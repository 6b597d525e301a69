<?php
/**
 * The widgets' phone-number rule (src/internal/phone.ts), in PHP, so the settings page refuses what
 * the widgets would refuse and the no-JavaScript fallback links to what the widgets would dial.
 * Both are run on one shared list of cases (test/wordpress/phone-cases.json) and must agree.
 *
 * JavaScript's `\s` and `trim()` know Unicode spaces, its `[a-z]` with `i` only ASCII letters; the
 * patterns below spell out those classes so PHP reads them the same way.
 *
 * @package AllyWidgets
 */

namespace Ally_Widgets;

defined( 'ABSPATH' ) || exit;

/** JavaScript's white space and line terminators (`\s`, what `trim()` removes), as a PCRE class body. */
const JS_SPACE = '\t\n\x{0B}\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}';

/** Phone keypad digit of each letter a–z, for vanity numbers (1-800-FLOWERS). */
const KEYPAD = '22233344455566677778889999';

/**
 * Removes JavaScript white space from both ends, as `String.prototype.trim()` does.
 *
 * @param string $text UTF-8 text.
 * @return string|null Null when the text is not valid UTF-8.
 */
function js_trim( string $text ): ?string {
	return preg_replace( '/^[' . JS_SPACE . ']+|[' . JS_SPACE . ']+\z/u', '', $text );
}

/**
 * The length JavaScript gives a string (UTF-16 code units).
 *
 * @param string $text Valid UTF-8 text.
 */
function js_length( string $text ): int {
	return (int) preg_match_all( '/./su', $text ) + (int) preg_match_all( '/[\x{10000}-\x{10FFFF}]/u', $text );
}

/**
 * Normalises a phone number a partner typed, as the widgets do: US numbers (10 digits, optionally
 * with a leading 1, any punctuation, vanity letters like 1-800-FLOWERS), international numbers
 * starting with `+` (8–15 digits), 5–6 digit SMS short codes, N11 services (211) and an extension
 * (`x12`, `ext. 12`). Anything else is null.
 *
 * @param mixed $input What was typed.
 * @return array{display: string, dial: string, tel: string, kind: string}|null
 */
function normalize_phone( mixed $input ): ?array {
	if ( ! is_string( $input ) && ! is_int( $input ) ) {
		return null;
	}
	$raw = js_trim( (string) $input );
	if ( null === $raw ) {
		return null;
	}
	$raw = preg_replace( '/^[tT][eE][lL]:/', '', $raw );
	// Length first: no phone number is longer, and no check below reads a longer text.
	if ( '' === $raw || js_length( $raw ) > 40 ) {
		return null;
	}

	$extension = '';
	$s         = JS_SPACE;
	if ( preg_match( "/[$s]*(?:[eE][xX][tT]\\.?|[eE][xX][tT][eE][nN][sS][iI][oO][nN]|[xX]|#)[$s]*([0-9]{1,6})[$s]*\\z/u", $raw, $ext, PREG_OFFSET_CAPTURE ) ) {
		$extension = $ext[1][0];
		$raw       = substr( $raw, 0, $ext[0][1] );
	}
	if ( ! preg_match( "/^\\+?[0-9$s().\\-\\/a-zA-Z]+\\z/u", $raw ) ) {
		return null;
	}
	$international = str_starts_with( $raw, '+' );
	$has_letters   = (bool) preg_match( '/[a-zA-Z]/', $raw );
	$digits        = preg_replace(
		'/[^0-9]/',
		'',
		preg_replace_callback( '/[a-zA-Z]/', static fn( $c ) => KEYPAD[ ord( strtolower( $c[0] ) ) - 97 ], $raw )
	);
	$ext_suffix    = '' !== $extension ? ";ext=$extension" : '';
	$ext_display   = '' !== $extension ? " ext. $extension" : '';

	if ( $international && ! str_starts_with( $digits, '1' ) ) {
		if ( $has_letters || strlen( $digits ) < 8 || strlen( $digits ) > 15 ) {
			return null;
		}
		$display = js_trim( preg_replace( "/[$s]+/u", ' ', preg_replace( "/[^0-9+$s]/u", ' ', $raw ) ) ) . $ext_display;
		return phone( $display, "+$digits$ext_suffix", 'international' );
	}

	$national = 11 === strlen( $digits ) && str_starts_with( $digits, '1' ) ? substr( $digits, 1 ) : $digits;
	if ( 10 === strlen( $national ) ) {
		// NANP: area code and exchange never start with 0 or 1.
		if ( ! preg_match( '/^[2-9][0-9]{2}[2-9][0-9]{6}\z/', $national ) ) {
			return null;
		}
		$grouped = ( 11 === strlen( $digits ) ? '1-' : '' ) . substr( $national, 0, 3 ) . '-' . substr( $national, 3, 3 ) . '-' . substr( $national, 6 );
		// Letters and digits mixed in the last four ("Ol42") are look-alikes, not a vanity word.
		if ( $has_letters && ! preg_match( '/^([0-9]+|[a-zA-Z]+)\z/', substr( preg_replace( '/[^A-Za-z0-9_]/u', '', $raw ), -4 ) ) ) {
			return null;
		}
		// A vanity number shows the digits it dials too: "1-800-FLOWERS (1-800-356-9377)".
		return phone( ( $has_letters ? "$raw ($grouped)" : $grouped ) . $ext_display, "+1$national$ext_suffix", 'us' );
	}
	if ( $international || $has_letters || '' !== $extension ) {
		return null;
	}
	if ( preg_match( '/^[2-9]11\z/', $digits ) ) {
		return phone( $digits, $digits, 'n11' );
	}
	if ( preg_match( '/^[1-9][0-9]{4,5}\z/', $digits ) && preg_replace( "/[$s]/u", '', $raw ) === $digits ) {
		return phone( $digits, $digits, 'short-code' );
	}
	return null;
}

/**
 * One normalised number.
 *
 * @param string $display What the visitor sees.
 * @param string $dial    The dialable form.
 * @param string $kind    us, international, short-code or n11.
 * @return array{display: string, dial: string, tel: string, kind: string}
 */
function phone( string $display, string $dial, string $kind ): array {
	return array(
		'display' => $display,
		'dial'    => $dial,
		'tel'     => "tel:$dial",
		'kind'    => $kind,
	);
}

/**
 * The widgets' message for a number that cannot be dialled (their console error, without the tag).
 *
 * @param string $attribute The attribute or setting.
 * @param string $value     What was typed.
 */
function phone_message( string $attribute, string $value ): string {
	return sprintf(
		/* translators: 1: a setting or attribute name, 2: what was typed. */
		__( '%1$s="%2$s" is not a phone number that can be dialled (e.g. 1-844-363-1423, 877877, +52 55 1234 5678).', 'ally-widgets' ),
		$attribute,
		$value
	);
}

<?php
/**
 * One shortcode per widget, named after its tag: [ally_hotline number="…"], [ally_group_finder
 * src="…"] … Attributes are the widget's, written as in HTML (`sms-body="…"`; `sms_body` works too);
 * a toggle is on when named alone (`[ally_hotline variant="floating" collapsed]`). Text between
 * [ally_hotline …] and [/ally_hotline] replaces the plugin's no-JavaScript fallback (links and
 * emphasis are kept, paragraphs are not: the widget may sit inside one).
 *
 * @package AllyWidgets
 */

namespace Ally_Widgets;

defined( 'ABSPATH' ) || exit;

/**
 * Adds the shortcodes.
 */
function register_shortcodes(): void {
	foreach ( widgets() as $widget ) {
		add_shortcode(
			$widget['shortcode'],
			static fn( $atts, $content = null ) => render_shortcode( $widget, is_array( $atts ) ? $atts : array(), $content )
		);
	}
}

/**
 * A shortcode's markup.
 *
 * @param array       $widget  A widget from widgets().
 * @param array       $atts    The shortcode's attributes (names lowercased by WordPress; toggles named alone have numeric keys).
 * @param string|null $content Text between the opening and closing shortcode.
 */
function render_shortcode( array $widget, array $atts, ?string $content ): string {
	$values = array();
	$alone  = array_map( 'strtolower', array_filter( $atts, 'is_int', ARRAY_FILTER_USE_KEY ) );
	foreach ( $widget['attributes'] as $attribute ) {
		$name = $attribute['name'];
		foreach ( array( $name, str_replace( '-', '_', $name ), strtolower( $attribute['key'] ) ) as $spelling ) {
			if ( isset( $atts[ $spelling ] ) ) {
				$values[ $name ] = $atts[ $spelling ];
				break;
			}
		}
		if ( 'boolean' === $attribute['type'] && in_array( $name, $alone, true ) ) {
			$values[ $name ] = true;
		}
	}
	return render_widget( $widget, $values, author_fallback( $content ) );
}

/**
 * The author's own fallback from between the shortcode's tags: inline content only.
 *
 * @param string|null $content The enclosed content (already filtered for the author's role when saved).
 */
function author_fallback( ?string $content ): ?string {
	$inline = array(
		'a'      => array( 'href' => true ),
		'strong' => array(),
		'em'     => array(),
		'b'      => array(),
		'i'      => array(),
		'span'   => array( 'lang' => true ),
	);
	$text = trim( wp_kses( (string) $content, $inline ) );
	return '' === $text ? null : $text;
}

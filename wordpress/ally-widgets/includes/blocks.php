<?php
/**
 * One dynamic block per widget (`ally-widgets/hotline` …): its attributes are the block's settings,
 * the editor shows the real widget as a live preview (assets/editor.js), and the page gets the
 * markup built in PHP, like the shortcodes'.
 *
 * @package AllyWidgets
 */

namespace Ally_Widgets;

defined( 'ABSPATH' ) || exit;

const EDITOR_SCRIPT = 'ally-widgets-editor';

/**
 * Registers the editor script and the blocks.
 */
function register_blocks(): void {
	wp_register_script(
		EDITOR_SCRIPT,
		plugins_url( 'assets/editor.js', PLUGIN_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', SCRIPT ),
		version(),
		true
	);
	wp_set_script_translations( EDITOR_SCRIPT, 'ally-widgets' );
	add_action( 'enqueue_block_editor_assets', __NAMESPACE__ . '\add_editor_data' );

	foreach ( widgets() as $widget ) {
		register_block_type(
			$widget['block'],
			array(
				'api_version'     => 2,
				'title'           => $widget['title'],
				'description'     => $widget['description'],
				'category'        => 'widgets',
				'keywords'        => array( 'ally', $widget['folder'] ),
				'attributes'      => block_attributes( $widget ),
				'supports'        => array( 'html' => false ),
				'editor_script'   => EDITOR_SCRIPT,
				'render_callback' => static fn( $attributes ) => render_block_widget( $widget, is_array( $attributes ) ? $attributes : array() ),
			)
		);
	}
}

/**
 * A widget's attributes as block attributes (camelCase keys; toggles are booleans).
 *
 * @param array $widget A widget from widgets().
 */
function block_attributes( array $widget ): array {
	$attributes = array();
	foreach ( $widget['attributes'] as $attribute ) {
		$attributes[ $attribute['key'] ] = array( 'type' => 'boolean' === $attribute['type'] ? 'boolean' : 'string' );
	}
	return $attributes;
}

/**
 * A block's markup: the widget inside the block's wrapper (`wp-block-ally-widgets-<folder>` and
 * the "Additional CSS class"), which block themes lay out like any block, also before the widget
 * has loaded and without JavaScript.
 *
 * @param array $widget     A widget from widgets().
 * @param array $attributes The block's attributes.
 */
function render_block_widget( array $widget, array $attributes ): string {
	$values = array();
	foreach ( $widget['attributes'] as $attribute ) {
		if ( isset( $attributes[ $attribute['key'] ] ) ) {
			$values[ $attribute['name'] ] = $attributes[ $attribute['key'] ];
		}
	}
	return '<div ' . get_block_wrapper_attributes() . '>' . render_widget( $widget, $values ) . '</div>';
}

/**
 * Gives the editor script its data, in the editor only.
 */
function add_editor_data(): void {
	wp_add_inline_script( EDITOR_SCRIPT, 'window.allyWidgetsEditor = ' . wp_json_encode( editor_data() ) . ';', 'before' );
}

/**
 * What the editor script needs: the widgets, the languages, the site-wide defaults (for the preview)
 * and the feeds' addresses.
 */
function editor_data(): array {
	return array(
		'widgets'   => widgets(),
		'languages' => languages(),
		'defaults'  => array(
			'hotline' => sitewide_value( 'hotline' ),
			'lang'    => sitewide_value( 'lang' ),
			'accent'  => sitewide_value( 'accent' ),
			'feed'    => sitewide_value( 'feed' ),
		),
		'feedUrl'   => feed_url( 0 ),
		'feedTypes' => array_values( FEED_TYPES ),
	);
}

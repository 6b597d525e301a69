<?php
/**
 * Settings → Ally Widgets: the site-wide defaults every block and shortcode uses where it leaves the
 * attribute empty — the partner's hotline number, the widgets' language, the accent colour and the
 * site's list of groups. Values are checked with the widgets' own rules and refused with their
 * messages; a refused value keeps the one saved before.
 *
 * @package AllyWidgets
 */

namespace Ally_Widgets;

defined( 'ABSPATH' ) || exit;

const SETTINGS_PAGE = 'ally-widgets';

/**
 * Registers the option and its fields.
 */
function register_settings(): void {
	register_setting(
		'ally_widgets',
		OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => __NAMESPACE__ . '\sanitize_defaults',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);
	add_settings_section( 'defaults', __( 'Site-wide defaults', 'ally-widgets' ), __NAMESPACE__ . '\section_intro', SETTINGS_PAGE );
	$fields = array(
		'hotline' => __( 'Hotline number', 'ally-widgets' ),
		'lang'    => __( 'Language', 'ally-widgets' ),
		'accent'  => __( 'Accent colour', 'ally-widgets' ),
		'feed'    => __( 'List of local groups', 'ally-widgets' ),
	);
	foreach ( $fields as $key => $label ) {
		add_settings_field(
			"ally-widgets-$key",
			$label,
			__NAMESPACE__ . '\field_' . $key,
			SETTINGS_PAGE,
			'defaults',
			array( 'label_for' => "ally-widgets-$key" )
		);
	}
}

/**
 * Adds Settings → Ally Widgets.
 */
function add_settings_page(): void {
	add_options_page( __( 'Ally Widgets', 'ally-widgets' ), __( 'Ally Widgets', 'ally-widgets' ), 'manage_options', SETTINGS_PAGE, __NAMESPACE__ . '\settings_page' );
}

/**
 * The page.
 */
function settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	// WordPress shows the refusals and "Settings saved." above the page (options-head.php).
	echo '<div class="wrap"><h1>' . esc_html__( 'Ally Widgets', 'ally-widgets' ) . '</h1>';
	echo '<form action="options.php" method="post">';
	settings_fields( 'ally_widgets' );
	do_settings_sections( SETTINGS_PAGE );
	submit_button();
	echo '</form></div>';
}

/**
 * The section's introduction.
 */
function section_intro(): void {
	echo '<p>' . esc_html__( 'Used by every Ally Widgets block and shortcode that leaves the setting empty. The plugin adds no tracking, sets no cookie and makes no request to any other site.', 'ally-widgets' ) . '</p>';
}

/**
 * The hotline field.
 */
function field_hotline(): void {
	printf(
		'<input type="text" class="regular-text" id="ally-widgets-hotline" name="%s[hotline]" value="%s" inputmode="tel" autocomplete="off" aria-describedby="ally-widgets-hotline-help"><p class="description" id="ally-widgets-hotline-help">%s</p>',
		esc_attr( OPTION ),
		esc_attr( defaults()['hotline'] ),
		esc_html__( 'Your rapid-response hotline, e.g. 616-555-0142, 877877 or +52 55 1234 5678. Empty: the hotline and report widgets call United We Dream (1-844-363-1423); the others show no number.', 'ally-widgets' )
	);
}

/**
 * The language field.
 */
function field_lang(): void {
	$current = defaults()['lang'];
	printf( '<select id="ally-widgets-lang" name="%s[lang]">', esc_attr( OPTION ) );
	printf( '<option value="">%s</option>', esc_html__( 'The page’s language (recommended)', 'ally-widgets' ) );
	foreach ( languages() as $language ) {
		printf( '<option value="%s" lang="%s"%s>%s</option>', esc_attr( $language['code'] ), esc_attr( $language['code'] ), selected( $current, $language['code'], false ), esc_html( $language['name'] ) );
	}
	echo '</select>';
}

/**
 * The accent field.
 */
function field_accent(): void {
	printf(
		'<input type="text" class="regular-text" id="ally-widgets-accent" name="%s[accent]" value="%s" autocomplete="off" aria-describedby="ally-widgets-accent-help"><p class="description" id="ally-widgets-accent-help">%s</p>',
		esc_attr( OPTION ),
		esc_attr( defaults()['accent'] ),
		esc_html__( 'A CSS colour for buttons and highlights, e.g. #0b5394 or rebeccapurple. Empty: the widgets’ own blue.', 'ally-widgets' )
	);
}

/**
 * The list field: the CSV and JSON files in the Media Library.
 */
function field_feed(): void {
	$current = defaults()['feed'];
	$files   = get_posts(
		array(
			'post_type'      => 'attachment',
			'post_mime_type' => array_values( FEED_TYPES ),
			'post_status'    => 'inherit',
			'posts_per_page' => 200,
			'orderby'        => 'date',
			'order'          => 'DESC',
		)
	);
	printf( '<select id="ally-widgets-feed" name="%s[feed]" aria-describedby="ally-widgets-feed-help">', esc_attr( OPTION ) );
	printf( '<option value="0">%s</option>', esc_html__( 'The library’s national organisations', 'ally-widgets' ) );
	foreach ( $files as $file ) {
		printf( '<option value="%d"%s>%s</option>', (int) $file->ID, selected( $current, $file->ID, false ), esc_html( get_the_title( $file ) . ' — ' . wp_basename( (string) get_attached_file( $file->ID ) ) ) );
	}
	echo '</select>';
	printf(
		'<p class="description" id="ally-widgets-feed-help">%s <code>%s</code></p>',
		esc_html__( 'Upload your list (CSV or JSON) to the Media Library, then choose it here. Group finders without their own list show it from this address, which stays the same when you choose a newer file:', 'ally-widgets' ),
		esc_html( site_feed_url() )
	);
}

/**
 * Checks the submitted defaults with the widgets' rules; a refused value keeps the saved one.
 *
 * @param mixed $input The submitted values.
 */
function sanitize_defaults( $input ): array {
	$saved = defaults();
	$input = is_array( $input ) ? wp_unslash( $input ) : array();
	$clean = $saved;

	$hotline = isset( $input['hotline'] ) ? trim( sanitize_text_field( $input['hotline'] ) ) : '';
	if ( '' === $hotline || normalize_phone( $hotline ) ) {
		$clean['hotline'] = $hotline;
	} else {
		report_once( 'hotline', phone_message( 'hotline', $hotline ) );
	}

	$lang          = isset( $input['lang'] ) ? (string) $input['lang'] : '';
	$codes         = array_column( languages(), 'code' );
	$clean['lang'] = in_array( $lang, $codes, true ) ? $lang : '';

	$accent = isset( $input['accent'] ) ? trim( sanitize_text_field( $input['accent'] ) ) : '';
	if ( '' === $accent || is_plain_color( $accent ) ) {
		$clean['accent'] = $accent;
	} else {
		report_once( 'accent', color_message( $accent ) );
	}

	$feed          = isset( $input['feed'] ) ? absint( $input['feed'] ) : 0;
	$clean['feed'] = is_feed_attachment( $feed ) ? $feed : 0;
	return $clean;
}

/**
 * Shows a refusal once (WordPress may sanitize an option twice when it is first saved).
 *
 * @param string $code    Which field.
 * @param string $message The widgets' message.
 */
function report_once( string $code, string $message ): void {
	foreach ( get_settings_errors( OPTION ) as $error ) {
		if ( $error['code'] === $code ) {
			return;
		}
	}
	add_settings_error( OPTION, $code, $message );
}

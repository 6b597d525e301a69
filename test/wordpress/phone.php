<?php
// Prints the plugin's reading of every phone case (test/wordpress/phone-cases.json) as JSON, for
// test/wordpress/run.mjs to compare with the widgets' own rule. Runs without WordPress.
define( 'ABSPATH', __DIR__ . '/' );
function __( $text ) { // phpcs:ignore -- WordPress's translation function, not loaded here.
	return $text;
}
require __DIR__ . '/../../wordpress/ally-widgets/includes/phone.php';
require __DIR__ . '/../../wordpress/ally-widgets/includes/color.php';
$input = json_decode( file_get_contents( 'php://stdin' ), true );
echo json_encode(
	array(
		'phones' => array_map( 'Ally_Widgets\normalize_phone', $input['phones'] ),
		'colors' => array_map( 'Ally_Widgets\is_plain_color', $input['colors'] ),
	),
	JSON_UNESCAPED_UNICODE
);

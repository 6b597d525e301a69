<?php
// Router for PHP's built-in web server in the WordPress test (test/wordpress/run.mjs): Debian's
// WordPress picks its configuration by WORDPRESS_CONFIG (/etc/wordpress/config-<name>.php); files
// are served as they are; WordPress's PHP files run; any other address goes to WordPress's index.php
// (pretty permalinks, /wp-json/).
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'ALLY_WP_CONFIG' );
$ally_root = rtrim( $_SERVER['DOCUMENT_ROOT'], '/' );
$ally_path = urldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
$ally_file = $ally_root . $ally_path;
if ( is_dir( $ally_file ) && is_file( rtrim( $ally_file, '/' ) . '/index.php' ) ) {
	$ally_file = rtrim( $ally_file, '/' ) . '/index.php';
}
if ( is_file( $ally_file ) && ! str_ends_with( $ally_file, '.php' ) ) {
	return false;
}
if ( ! is_file( $ally_file ) ) {
	$ally_file = $ally_root . '/index.php';
}
$_SERVER['SCRIPT_FILENAME'] = $ally_file;
$_SERVER['SCRIPT_NAME']     = substr( $ally_file, strlen( $ally_root ) );
$_SERVER['PHP_SELF']        = $_SERVER['SCRIPT_NAME'];
chdir( dirname( $ally_file ) );
unset( $ally_root, $ally_path );
require $ally_file;

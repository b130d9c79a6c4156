<?php
/**
 * PrestaShop's Link with friendly URLs off: index.php?fc=module&module=...&controller=... on
 * the shop URL the harness serves (PWA_SHOP_URL); https when PS_SSL_ENABLED and $ssl ask.
 */
class Link
{
    public function getBaseLink($idShop = null, $ssl = null, $relativeProtocol = false)
    {
        $url = rtrim((string) (getenv('PWA_SHOP_URL') ?: 'http://' . Tools::getHttpHost()), '/');
        if (($ssl ?? Configuration::get('PS_SSL_ENABLED')) && Configuration::get('PS_SSL_ENABLED')) {
            $url = preg_replace('#^http://#', 'https://', $url);
        }

        return $url . __PS_BASE_URI__;
    }

    public function getModuleLink($module, $controller = 'default', array $params = [], $ssl = null, $idLang = null, $idShop = null, $relativeProtocol = false)
    {
        $query = array_merge([
            'fc' => 'module',
            'module' => $module,
            'controller' => $controller,
            'id_lang' => (int) ($idLang ?: Context::getContext()->language->id),
        ], $params);

        return $this->getBaseLink($idShop, $ssl) . 'index.php?' . http_build_query($query, '', '&');
    }

    public function getPageLink($controller, $ssl = null, $idLang = null, $request = null, $requestUrlEncode = false, $idShop = null, $relativeProtocol = false)
    {
        $query = ['controller' => $controller];
        if (is_array($request)) {
            $query = array_merge($query, $request);
        }
        $url = $this->getBaseLink($idShop, $ssl) . 'index.php?' . http_build_query($query, '', '&');
        if (is_string($request) && $request !== '') {
            $url .= '&' . $request;
        }

        return $url;
    }

    public function getAdminLink($controller, $withToken = true, $sfRouteParams = [], $params = [])
    {
        $query = array_merge(['controller' => $controller], $withToken ? ['token' => Tools::encrypt($controller)] : [], $params);

        return $this->getBaseLink() . 'admin-dev/index.php?' . http_build_query($query, '', '&');
    }

    public function getProductLink($product, $alias = null, $category = null, $ean13 = null, $idLang = null, $idShop = null, $idProductAttribute = 0)
    {
        $id = is_object($product) ? (int) $product->id : (int) (is_array($product) ? $product['id_product'] : $product);

        return $this->getPageLink('product', null, $idLang, ['id_product' => $id]);
    }

    public function getImageLink($name, $ids, $type = null, string $extension = 'jpg')
    {
        return $this->getBaseLink() . 'img/p/' . $ids . '.' . $extension;
    }

    public function getMediaLink($filepath)
    {
        return $this->getBaseLink() . ltrim((string) $filepath, '/');
    }
}

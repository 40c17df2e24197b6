import type { Slice } from '../../../i18n/slice.ts';
import type { authEn } from './en.ts';

/**
 * The Spanish words of signing in, and joining an organisation by invitation (with a new account or an
 * existing one).
 */
export const authEs: Slice<typeof authEn> = {
  'signIn.title': 'Iniciar sesión',
  'signIn.intro':
    'Pactesur ayuda a las ciudades, a sus policías y a sus socios a mantener los espacios públicos abiertos y seguros.',
  'signIn.email': 'Correo electrónico',
  'signIn.password': 'Contraseña',
  'signIn.submit': 'Iniciar sesión',
  'signIn.working': 'Iniciando sesión…',
  'signIn.welcome': 'Bienvenido/a, {name}.',

  'accept.title': 'Unirse a {org}',
  'accept.summary': 'Le invitan a unirse a {org} con el rol {role}, con la dirección {email}.',
  'accept.expires': 'Esta invitación caduca el {date}.',
  'accept.newAccount': 'Cree su cuenta',
  'accept.displayName': 'Su nombre',
  'accept.password': 'Contraseña (al menos 10 caracteres)',
  'accept.submit': 'Crear mi cuenta y unirme',
  'accept.existing': 'Ya existe una cuenta con esta dirección. Inicie sesión para aceptar la invitación.',
  'accept.signInAndJoin': 'Iniciar sesión y unirme',
  'accept.joinAs': 'Unirme como {name}',
  'accept.wrongAccount':
    'Ha iniciado sesión como {email}, pero esta invitación es para {invited}. Cierre la sesión primero.',
  'accept.joined': 'Bienvenido/a a {org}.',
};

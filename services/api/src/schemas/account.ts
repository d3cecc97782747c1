import { ROLES } from '@presswatch/domain';
import { Type } from '@sinclair/typebox';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, USERNAME_PATTERN } from '../accounts/users.ts';
import { Nullable } from './common.ts';

export const RoleSchema = Type.Union(
  ROLES.map((role) => Type.Literal(role)),
  { description: 'viewer < analyst < press_officer < admin' },
);
const Locale = Type.Union([Type.Literal('vi'), Type.Literal('en')]);
const Password = Type.String({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH });

export const UserView = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  email: Nullable(Type.String()),
  role: RoleSchema,
  timeZone: Type.String(),
  locale: Locale,
  disabled: Type.Boolean(),
  createdAt: Type.String(),
});

export const UserList = Type.Object({ users: Type.Array(UserView) });

export const NewUserBody = Type.Object({
  username: Type.String({ pattern: USERNAME_PATTERN, description: 'lower case; a-z 0-9 . _ -' }),
  password: Password,
  role: RoleSchema,
  displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 320 }))),
  timeZone: Type.Optional(Type.String({ maxLength: 64, description: 'IANA zone; default Asia/Ho_Chi_Minh' })),
  locale: Type.Optional(Locale),
});

export const UserPatchBody = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 320 }))),
    role: Type.Optional(RoleSchema),
    disabled: Type.Optional(Type.Boolean({ description: 'Disabling ends the user’s sessions and tokens' })),
    timeZone: Type.Optional(Type.String({ maxLength: 64 })),
    locale: Type.Optional(Locale),
  },
  { minProperties: 1 },
);

export const PasswordBody = Type.Object({ password: Password });

export const ChangePasswordBody = Type.Object({
  currentPassword: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
  newPassword: Password,
});

export const LoginBody = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 64 }),
  password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
});

export const Me = Type.Object({
  user: Nullable(UserView),
  via: Type.Union([Type.Literal('session'), Type.Literal('token')]),
  role: RoleSchema,
  token: Type.Optional(Type.Object({ id: Type.String(), name: Type.String() })),
  csrfToken: Type.Optional(
    Type.String({ description: 'Send it back in x-csrf-token with every cookie-authenticated change' }),
  ),
});
